import { describe, expect, it } from "vitest";
import { planFromEvents, summarize } from "../../../cli/report/plan";
import type { ProviderEvent } from "../../../providers/core/events";
import type { HubSpotPropertyOptionsSpec, SalesforceValueSetSpec } from "../../../specs";
import { emitted, specNamed, stepEvent } from "./builders";

const leadStatus = () => specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");

describe("planFromEvents", () => {
  it("reports nothing for a resource whose live state equals the spec", () => {
    const spec = leadStatus();
    expect(planFromEvents([stepEvent("same", spec, spec)])).toEqual([]);
  });

  it("names a rogue picklist value as an item removed from the live list", () => {
    const spec = leadStatus();
    const live = { ...spec, values: [...spec.values, { apiName: "Partner Referral", label: "Partner Referral" }] };
    const [change] = planFromEvents([stepEvent("update", spec, live)]);
    expect(change).toMatchObject({ impact: "update", crm: "salesforce", title: "LeadStatus picklist values", fields: ["values"] });
    expect(change!.items).toEqual([{ action: "remove", key: "Partner Referral", before: expect.objectContaining({ label: "Partner Referral" }) }]);
  });

  it("ignores differences the provider normalises away (defaults, state-only fields)", () => {
    const spec = specNamed<HubSpotPropertyOptionsSpec>("hs-options-contacts-lifecyclestage");
    const live = { ...spec, hubspotDefined: true, options: spec.options.map((o) => ({ ...o, hidden: false, description: o.description ?? "" })) };
    expect(planFromEvents([stepEvent("update", spec, live)])[0]!.items).toEqual([]);
  });

  it("attaches each provider event to the resource it names, and ignores lines that are not events", () => {
    const spec = leadStatus();
    const moved: ProviderEvent = { type: "moved", resource: spec.name, records: "Lead", field: "Status", from: "Open", to: "New", count: 5 };
    const elsewhere: ProviderEvent = { ...moved, resource: "sf-value-set-opportunity-stage" };
    const plainLog = { sequence: 0, timestamp: 0, diagnosticEvent: { message: `${spec.name}: a progress line\n`, color: "never", severity: "info#err" } as never };
    const [change] = planFromEvents([stepEvent("update", spec, { ...spec, values: [] }), plainLog, ...emitted(moved, elsewhere)]);
    expect(change!.events).toEqual([moved]);
  });
});

describe("impact", () => {
  const impactOf = (...events: Parameters<typeof planFromEvents>[0]) => planFromEvents(events).map((c) => c.impact);

  it("is adopt for a create when the provider finds the CRM object (preview or apply), create otherwise", () => {
    const spec = leadStatus();
    expect(impactOf(stepEvent("create", spec))).toEqual(["create"]);
    expect(impactOf(stepEvent("create", spec), ...emitted({ type: "planned-adopt", resource: spec.name, crmId: "LeadStatus" }))).toEqual(["adopt"]);
    expect(impactOf(stepEvent("create", spec), ...emitted({ type: "adopted", resource: spec.name, crmId: "LeadStatus" }))).toEqual(["adopt"]);
  });

  it("is what the kind declares for a delete: a standard value set is orphaned, a global one destroyed", () => {
    const standard = leadStatus();
    const global = { ...standard, name: "sf-value-set-drop-off", valueSetName: "Drop_Off_Reasons", standard: false };
    expect(impactOf(stepEvent("delete", standard, standard), stepEvent("delete", global, global))).toEqual(["orphan", "destroy"]);
  });

  it("is orphan when the provider reports it left the object in the CRM (a property records use)", () => {
    const spec = specNamed<HubSpotPropertyOptionsSpec>("hs-options-contacts-drop-off-reason");
    const state = { ...spec, hubspotDefined: false };
    expect(impactOf(stepEvent("delete", spec, state))).toEqual(["destroy"]);
    expect(impactOf(stepEvent("delete", spec, state), ...emitted({ type: "orphaned", resource: spec.name, reason: "in-use", inUse: 3 }))).toEqual(["orphan"]);
  });

  it("is one replace for the three steps the engine sends for a replacement", () => {
    const spec = leadStatus();
    const moved = { ...spec, valueSetName: "Other" };
    const steps = [stepEvent("create-replacement", moved, spec), stepEvent("replace", moved, spec), stepEvent("delete-replaced", spec, spec)];
    expect(planFromEvents(steps).map((c) => c.impact)).toEqual(["replace"]);
  });

  it("counts changes by impact", () => {
    const spec = leadStatus();
    const events = [stepEvent("create", spec), stepEvent("update", spec, { ...spec, values: [] }), stepEvent("delete", spec, spec), stepEvent("same", spec, spec)];
    expect(summarize(planFromEvents(events))).toEqual({ create: 1, adopt: 0, update: 1, replace: 0, destroy: 0, orphan: 1, "no-change": 0 });
  });
});
