import { describe, expect, it } from "vitest";
import { propertyOptionsHandler } from "../../../providers/hubspot/property-options/handler";
import { workflowHandler } from "../../../providers/hubspot/workflow/handler";
import { hubspotSandboxToken } from "../../../sandbox/hubspot";
import { dealCreatedWorkflowSpec, lifecycleReplacements, lifecycleSpec, rejectionOf, useSandbox } from "./harness";
import { workflowKind } from "../../../providers/hubspot/workflow";
import { createKind } from "../../../providers/operations";

describe("HubSpot failures through the providers", () => {
  const h = useSandbox();
  const spec = lifecycleSpec({ replacements: lifecycleReplacements });

  it("turns a 401 into a clear message that never contains the token", async () => {
    const wrongToken = "pat-na1-11111111-2222-3333-4444-555555555555";
    const ctx = { ...h.ctx, settings: { ...h.ctx.settings, hubspot: { ...h.ctx.settings.hubspot, token: wrongToken } } };
    const error = await rejectionOf(propertyOptionsHandler.read("contacts/lifecyclestage", spec as any, ctx));
    expect(error.code).toBe("HUBSPOT_UNAUTHORIZED");
    expect(error.message).toContain("HubSpot rejected the access token");
    expect(error.message).toContain("bowtie:hubspotToken");
    expect(error.message).not.toContain(wrongToken);
    expect(error.message).not.toContain(hubspotSandboxToken);
  });

  it("waits out the ten-second window on 429 TEN_SECONDLY_ROLLING and succeeds", async () => {
    h.sandbox.setLimits({ tenSecondly: 2, intervalMs: 300 });
    const reads = await Promise.all(
      Array.from({ length: 5 }, () => propertyOptionsHandler.read("contacts/lifecyclestage", spec as any, h.ctx)),
    );
    expect(reads.every((state) => state?.property === "lifecyclestage")).toBe(true);
    expect(h.events).toContainEqual({ type: "retried", resource: spec.name, attempt: 1, delayMs: 300, code: "HUBSPOT_RATE_LIMITED" });
  });

  it("retries apiRequest calls (workflows) on an injected 429 and a 503", async () => {
    h.sandbox.injectFaults(
      { path: "^/automation/v4/flows$", method: "GET", status: 429, headers: { "X-HubSpot-RateLimit-Interval-Milliseconds": "50" }, times: 1 },
      { path: "^/automation/v4/flows$", method: "GET", status: 503, times: 1 },
    );
    const { outs } = await createKind(workflowKind, dealCreatedWorkflowSpec(), h.ctx);
    expect(outs.enabled).toBe(true);
    expect(h.events.filter((event) => event.type === "retried").map((event) => event.resource)).toEqual([dealCreatedWorkflowSpec().name, dealCreatedWorkflowSpec().name]);
  });

  it("reads the DAILY policy from a raw 429 body and does not retry it", async () => {
    h.sandbox.injectFaults({ path: "^/automation/v4/flows", status: 429, policyName: "DAILY" });
    const error = await rejectionOf(createKind(workflowKind, dealCreatedWorkflowSpec(), h.ctx));
    expect(error.code).toBe("HUBSPOT_DAILY_LIMIT");
  });

  it("reports an unreachable portal as such", async () => {
    const ctx = { ...h.ctx, settings: { ...h.ctx.settings, hubspot: { ...h.ctx.settings.hubspot, basePath: "http://127.0.0.1:9" } } };
    const error = await rejectionOf(workflowHandler.read("1", dealCreatedWorkflowSpec() as any, { ...ctx, emit: () => {} }));
    expect(error.code).toBe("HUBSPOT_UNREACHABLE");
    expect(error.message).toContain("bowtie:hubspotBasePath");
  }, 60_000);

  // Last: the pacer remembers for a while that the day is used up, as it should within one run.
  it("fails at once with a clear message when the daily limit is used up", async () => {
    h.sandbox.setLimits({ daily: 0 });
    const error = await rejectionOf(propertyOptionsHandler.read("contacts/lifecyclestage", spec as any, h.ctx));
    expect(error.code).toBe("HUBSPOT_DAILY_LIMIT");
    expect(error.message).toContain("daily API limit");
    expect(h.events).toEqual([]);
  });
});
