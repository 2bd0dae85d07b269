/**
 * Adoption preflight: the first `pulumi preview` of a stack (every resource a create that adopts
 * the existing CRM object) fails when a retired value still has records and no replacement.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubSpotPipelineSpec, HubSpotPropertyOptionsSpec, SalesforceValueSetSpec } from "../../specs";
import type { ProviderEvent } from "../../providers/core/events";
import type { HandlerContext } from "../../providers/core/kind";
import { currentSettings } from "../../providers/core/settings";
import { definitionOf } from "../../providers/kinds";
import { previewCreate } from "../../providers/operations";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../sandbox/hubspot";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { specNamed } from "../support/specs";
import { contextFor, passwordSettings, recordsWith } from "./salesforce/harness";

describe("the preview of a create that adopts", () => {
  let salesforce: SalesforceSandbox;
  let hubspot: HubSpotSandbox;
  let sfCtx: HandlerContext;
  let hsCtx: HandlerContext;
  const events: ProviderEvent[] = [];

  beforeAll(async () => {
    salesforce = await startSalesforceSandbox({ scenario: "messy" });
    hubspot = await startHubSpotSandbox({ scenario: "messy" });
    sfCtx = contextFor(passwordSettings(salesforce.url), events);
    hsCtx = { settings: { ...currentSettings({}), hubspot: { basePath: hubspot.url, token: hubspotSandboxToken } }, emit: (event) => events.push(event) };
  });
  afterAll(async () => {
    await salesforce?.close();
    await hubspot?.close();
  });

  it("Salesforce: refuses to adopt LeadStatus when a retired value has records and no replacement, changing nothing", async () => {
    const spec = specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
    const withoutTrendingUp = { ...spec, replacements: spec.replacements.filter((r) => r.from !== "Trending Up") };
    await expect(previewCreate(definitionOf(spec.kind), withoutTrendingUp, sfCtx)).rejects.toThrow(/"Trending Up" \(4 Lead records\).*\[VALUES_IN_USE\]/);
    expect(recordsWith(salesforce, "Lead", "Status", "Trending Up")).toBe(4);
    await expect(previewCreate(definitionOf(spec.kind), spec, sfCtx)).resolves.toBeDefined();
    expect(events).toContainEqual({ type: "planned-move", resource: spec.name, records: "Lead", field: "Status", from: "Trending Up", to: "Engaged", count: 4 });
  });

  it("HubSpot: refuses to adopt hs_lead_status when BAD_TIMING has contacts and no replacement", async () => {
    const spec = specNamed<HubSpotPropertyOptionsSpec>("hs-options-contacts-hs-lead-status");
    const without = { ...spec, replacements: spec.replacements.filter((r) => r.from !== "BAD_TIMING") };
    await expect(previewCreate(definitionOf(spec.kind), without, hsCtx)).rejects.toThrow(/"BAD_TIMING" \(3 contacts\).*\[VALUES_IN_USE\]/);
    await expect(previewCreate(definitionOf(spec.kind), spec, hsCtx)).resolves.toBeDefined();
    expect(events).toContainEqual({ type: "planned-move", resource: spec.name, records: "contacts", field: "hs_lead_status", from: "BAD_TIMING", to: "NURTURE", count: 3 });
  });

  it("HubSpot: refuses to adopt the legacy renewal pipeline while its 90/60-day stages hold deals with no replacement", async () => {
    const spec = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-renewal");
    // One replacement names a legacy stage, so the legacy pipeline is the one adopted.
    const without = { ...spec, replacements: spec.replacements.filter((r) => r.from === "renewal_120_days") };
    await expect(previewCreate(definitionOf(spec.kind), without, hsCtx)).rejects.toThrow(/"renewal_90_days" \(2 deals\).*"renewal_60_days" \(2 deals\)/);
    await expect(previewCreate(definitionOf(spec.kind), spec, hsCtx)).resolves.toBeDefined();
  });
});
