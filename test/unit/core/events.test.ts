import { describe, expect, it } from "vitest";
import { decodeEvents, encodeEvent, type ProviderEvent, type ProviderEventType } from "../../../providers/core/events";

/** One event of every type: a new type fails to compile here until it has an example. */
const examples: { [T in ProviderEventType]: Extract<ProviderEvent, { type: T }> } = {
  "planned-move": { type: "planned-move", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Trending Up", to: "Engaged", count: 4 },
  moved: { type: "moved", resource: "hs-pipeline-deals-renewal", records: "deals", field: "dealstage", from: "renewal_120_days", to: "renewal_opened", count: 1 },
  "not-moved": { type: "not-moved", resource: "hs-pipeline-deals-renewal", records: "deals", field: "dealstage", from: "renewal_90_days", to: "value_reviewed", count: 2, reason: "Could not update some deals, they may be deleted or not exist. Check that ids are valid. (OBJECT_NOT_FOUND)" },
  "planned-adopt": { type: "planned-adopt", resource: "sf-value-set-lead-status", crmId: "LeadStatus" },
  adopted: { type: "adopted", resource: "hs-pipeline-deals-renewal", crmId: "7000001", label: "Renewals" },
  "kept-unmovable": { type: "kept-unmovable", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", value: "Closed - Converted", count: 2, reason: "converted-lead" },
  orphaned: { type: "orphaned", resource: "hs-options-deals-drop-off-reason", reason: "in-use", inUse: 3 },
  retried: { type: "retried", resource: "hs-options-contacts-lifecyclestage", attempt: 2, delayMs: 800, code: "HUBSPOT_RATE_LIMITED" },
  "activation-required": { type: "activation-required", resource: "sf-flow-opportunity-won", flow: "Bowtie_Opportunity_Won" },
};

describe("provider events across the engine's diagnostic stream", () => {
  it("decode to exactly what was encoded, for every type", () => {
    for (const event of Object.values(examples)) expect(decodeEvents(encodeEvent(event))).toEqual([event]);
  });

  it("survive the engine's line prefixes and one diagnostic per line, in order", () => {
    const stream = Object.values(examples)
      .flatMap((event) => encodeEvent(event).split("\n"))
      .map((line) => ` +  pulumi:pulumi:Stack bowtie-e2e create ${line}`)
      .join("\n");
    expect(decodeEvents(stream)).toEqual(Object.values(examples));
  });

  it("ignore plain lines, truncated data and data that is not an event", () => {
    const truncated = encodeEvent(examples.moved).split("\n")[1]!.slice(0, 40);
    expect(decodeEvents(["sf-x: a progress line", truncated, 'bowtie-event {"type":"unknown","resource":"x"}', "bowtie-event {}"].join("\n"))).toEqual([]);
  });

  it("read as a sentence for people running pulumi directly", () => {
    expect(Object.values(examples).map((event) => encodeEvent(event).split("\n")[0])).toMatchInlineSnapshot(`
      [
        "sf-value-set-lead-status: would move 4 records from Lead.Status "Trending Up" to "Engaged"",
        "hs-pipeline-deals-renewal: moved 1 record from deals.dealstage "renewal_120_days" to "renewal_opened"",
        "hs-pipeline-deals-renewal: 2 records stayed on deals.dealstage "renewal_90_days" (not moved to "value_reviewed"): the CRM said "Could not update some deals, they may be deleted or not exist. Check that ids are valid. (OBJECT_NOT_FOUND)"",
        "sf-value-set-lead-status: would adopt the existing CRM object LeadStatus",
        "hs-pipeline-deals-renewal: adopted the existing CRM object "Renewals" (7000001)",
        "sf-value-set-lead-status: 2 records keep Lead.Status "Closed - Converted": converted leads cannot be changed, so the value is deactivated, not deleted",
        "hs-options-deals-drop-off-reason: 3 records carry its values, so it stays in the CRM and Bowtie stops managing it",
        "hs-options-contacts-lifecyclestage: retry 2 in 800 ms after HUBSPOT_RATE_LIMITED",
        "sf-flow-opportunity-won: flow Bowtie_Opportunity_Won deploys inactive: this production org deploys flows inactive. An admin activates its latest version in Setup → Flows, or turns on "Deploy processes and flows as active" (Setup → Process Automation Settings; deploys then need flow test coverage)",
      ]
    `);
  });
});
