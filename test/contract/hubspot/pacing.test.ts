/**
 * The shared pacer against the sandbox's limits: searches stay under five a second, the ten-second
 * window is learnt from the headers (both tiers, other integrations' use included), and the day's
 * budget stops calls before HubSpot refuses them. No 429 is met in normal operation.
 */
import { describe, expect, it } from "vitest";
import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import { openSession } from "../../../providers/hubspot/client";
import { tryGetProperty } from "../../../providers/hubspot/property-options/api";
import { propertyOptionsKind } from "../../../providers/hubspot/property-options";
import { createKind } from "../../../providers/operations";
import { lifecycleReplacements, lifecycleSpec, rejectionOf, useSandbox } from "./harness";

const site = { resource: "pacing" };

describe("pacing HubSpot calls", () => {
  const h = useSandbox();
  const limited = () => h.sandbox.requests().filter((r) => r.status === 429);
  const reads = (n: number) => {
    const session = openSession(h.ctx, site);
    return Promise.all(Array.from({ length: n }, () => tryGetProperty(session, site, "contacts", "lifecyclestage")));
  };

  it("applies resources that search hard, side by side, without meeting a 429", async () => {
    h.sandbox.clearRequests();
    const companies: HubSpotPropertyOptionsSpec = { ...lifecycleSpec({ replacements: lifecycleReplacements }), name: "hubspot-companies-lifecyclestage", objectType: "companies" };
    await Promise.all([createKind(propertyOptionsKind, lifecycleSpec({ replacements: lifecycleReplacements }), h.ctx), createKind(propertyOptionsKind, companies, h.ctx)]);
    const searches = h.sandbox.requests().filter((r) => r.path.endsWith("/search"));
    expect(searches.length).toBeGreaterThan(10);
    expect(limited()).toEqual([]);
    expect(h.events.filter((e) => e.type === "retried")).toEqual([]);
  });

  it.each([100, 190])("keeps to a %i-per-window portal, learning the window from the headers", async (tenSecondly) => {
    h.sandbox.setLimits({ tenSecondly, intervalMs: 1000 });
    // One reply teaches the window; then the earlier tests' calls (paced for another window) are let to age out of it.
    await reads(1);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    h.sandbox.clearRequests();
    const started = Date.now();
    await reads(tenSecondly + 40);
    expect(limited()).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("leaves room for what other integrations used of the window", async () => {
    h.sandbox.setLimits({ tenSecondly: 100, intervalMs: 1000 });
    await reads(1);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await Promise.all(Array.from({ length: 70 }, () => h.other.crm.pipelines.pipelinesApi.getAll("tickets")));
    await reads(1);
    h.sandbox.clearRequests();
    await reads(60);
    expect(limited()).toEqual([]);
  });

  it("stops before HubSpot refuses once the day's budget is used up", async () => {
    h.sandbox.setLimits({ daily: 3 });
    await reads(3);
    h.sandbox.clearRequests();
    const error = await rejectionOf(reads(1));
    expect(error.code).toBe("HUBSPOT_DAILY_LIMIT");
    expect(h.sandbox.requests()).toEqual([]);
  });
});
