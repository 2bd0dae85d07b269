/**
 * Adoption preflight: the first `pulumi preview` of a stack (every resource a create that adopts
 * the existing CRM object) fails when a retired value still has records and no replacement.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubSpotPipelineSpec, HubSpotPropertyOptionsSpec, SalesforceValueSetSpec } from "../../lifecycle/resources";
import type { HandlerContext } from "../../providers/core/kind";
import { currentSettings } from "../../providers/core/settings";
import { handlerFor } from "../../providers/registry";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../sandbox/hubspot";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { specNamed } from "../support/specs";
import { contextFor, passwordSettings, recordsWith } from "./salesforce/harness";

describe("preflightCreate", () => {
  let salesforce: SalesforceSandbox;
  let hubspot: HubSpotSandbox;
  let sfCtx: HandlerContext;
  let hsCtx: HandlerContext;
  const logs: string[] = [];

  beforeAll(async () => {
    salesforce = await startSalesforceSandbox({ scenario: "messy" });
    hubspot = await startHubSpotSandbox({ scenario: "messy" });
    sfCtx = contextFor(passwordSettings(salesforce.url), logs);
    hsCtx = { settings: { ...currentSettings({}), hubspot: { basePath: hubspot.url, token: hubspotSandboxToken } }, log: (message) => logs.push(message) };
  });
  afterAll(async () => {
    await salesforce?.close();
    await hubspot?.close();
  });

  it("Salesforce: refuses to adopt LeadStatus when a retired value has records and no replacement, changing nothing", async () => {
    const spec = specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
    const withoutTrendingUp = { ...spec, replacements: spec.replacements.filter((r) => r.from !== "Trending Up") };
    await expect(handlerFor(spec.kind).preflightCreate!(withoutTrendingUp, sfCtx)).rejects.toThrow(/"Trending Up" \(4 records\).*\[VALUE_IN_USE\]/);
    expect(recordsWith(salesforce, "Lead", "Status", "Trending Up")).toBe(4);
    await expect(handlerFor(spec.kind).preflightCreate!(spec, sfCtx)).resolves.toBeUndefined();
    expect(logs).toContain(`Salesforce value set LeadStatus (${spec.name}): would move 4 records from "Trending Up" to "Engaged"`);
  });

  it("HubSpot: refuses to adopt hs_lead_status when BAD_TIMING has contacts and no replacement", async () => {
    const spec = specNamed<HubSpotPropertyOptionsSpec>("hs-options-contacts-hs-lead-status");
    const without = { ...spec, replacements: spec.replacements.filter((r) => r.from !== "BAD_TIMING") };
    await expect(handlerFor(spec.kind).preflightCreate!(without, hsCtx)).rejects.toThrow(/BAD_TIMING \(3 contacts\)/);
    await expect(handlerFor(spec.kind).preflightCreate!(spec, hsCtx)).resolves.toBeUndefined();
    expect(logs).toContain(`${spec.name}: would move 3 contacts from hs_lead_status=BAD_TIMING to NURTURE`);
  });

  it("HubSpot: refuses to adopt the legacy renewal pipeline while its 90/60-day stages hold deals with no replacement", async () => {
    const spec = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-renewal");
    // One replacement names a legacy stage, so the legacy pipeline is the one adopted.
    const without = { ...spec, replacements: spec.replacements.filter((r) => r.from === "renewal_120_days") };
    await expect(handlerFor(spec.kind).preflightCreate!(without, hsCtx)).rejects.toThrow(/renewal_90_days \(2 deals\).*renewal_60_days \(2 deals\)/);
    await expect(handlerFor(spec.kind).preflightCreate!(spec, hsCtx)).resolves.toBeUndefined();
  });
});
