import { describe, expect, it } from "vitest";
import { planFromEvents } from "../../../cli/report/plan";
import { renderPlanText } from "../../../cli/report/render-plan";
import type { ProviderEvent } from "../../../providers/core/events";
import type { SalesforcePicklistFieldSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec } from "../../../specs";
import { emitted, specNamed, stepEvent } from "./builders";

const leadStatus = () => specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");

describe("renderPlanText", () => {
  const spec = { ...leadStatus(), replacements: [{ from: "Trending Up", to: "Engaged" }] };
  const move = { resource: spec.name, records: "Lead", field: "Status", from: "Trending Up", to: "Engaged", count: 4 };
  const planned: ProviderEvent = { type: "planned-move", ...move };
  const adoption: ProviderEvent = { type: "planned-adopt", resource: spec.name, crmId: "LeadStatus" };

  it("shows the moves and the adoption a preview plans", () => {
    expect(renderPlanText(planFromEvents([stepEvent("create", spec), ...emitted(adoption, planned)]))).toBe(
      [
        "=  adopt   LeadStatus picklist values  [salesforce]",
        "     would adopt the existing CRM object LeadStatus",
        '     would move 4 records from Lead.Status "Trending Up" to "Engaged"',
        "",
        "Plan: 1 to adopt, compared with the live CRMs.",
        "",
      ].join("\n"),
    );
  });

  it("after an apply shows only what was done", () => {
    const events = [stepEvent("create", spec), ...emitted(adoption, planned, { type: "adopted", resource: spec.name, crmId: "LeadStatus" }, { type: "moved", ...move })];
    expect(renderPlanText(planFromEvents(events), { applied: true })).toContain(
      '[salesforce]\n     adopted the existing CRM object LeadStatus\n     moved 4 records from Lead.Status "Trending Up" to "Engaged"\n\nPlan',
    );
  });

  it("says where records would go when the provider reported no move for a create", () => {
    expect(renderPlanText(planFromEvents([stepEvent("create", spec)]))).toContain("retires Trending Up if present; its records move to Engaged");
  });

  it("marks what is really destroyed apart from what Bowtie only stops managing", () => {
    const field = specNamed<SalesforcePicklistFieldSpec>("sf-field-lead-drop-off-reason");
    const rule = specNamed<SalesforceValidationRuleSpec>("sf-rule-lead-lifecycle-forward-only");
    expect(renderPlanText(planFromEvents([stepEvent("delete", field, field), stepEvent("delete", rule, rule)]))).toBe(
      ["·  orphan  Lead.Drop_Off_Reason__c picklist values  [salesforce]", "-  destroy Validation rule Lead.Lifecycle_Forward_Only  [salesforce]", "", "Plan: 1 to destroy, 1 to stop managing, compared with the live CRMs.", ""].join("\n"),
    );
  });

  it("shows a short value inline and a long one as a unified diff", () => {
    const rule = specNamed<SalesforceValidationRuleSpec>("sf-rule-lead-lifecycle-forward-only");
    const live = { ...rule, active: false, errorConditionFormula: rule.errorConditionFormula.replace('"SAL", 4', '"SAL", 9') };
    expect(renderPlanText(planFromEvents([stepEvent("update", rule, live)]))).toMatchInlineSnapshot(`
      "~  update  Validation rule Lead.Lifecycle_Forward_Only  [salesforce]
           changes active: false → true
           changes errorConditionFormula
             --- current
             +++ declared
             @@ -1,5 +1,5 @@
              AND(
                NOT(ISNEW()),
                ISCHANGED(Lifecycle_Stage__c),
             -  CASE(TEXT(Lifecycle_Stage__c), "Known Lead", 1, "Marketing Engaged", 2, "MQL", 3, "SAL", 9, "SQL", 5, "SAO", 6, "Evaluation", 7, "Proposal/Negotiation", 8, "Closed Won", 9, "Pre-Onboarding", 10, "Onboarding", 11, "Implementation", 12, "Early Adoption", 13, "Mature Adoption", 14, 0) < CASE(TEXT(PRIORVALUE(Lifecycle_Stage__c)), "Known Lead", 1, "Marketing Engaged", 2, "MQL", 3, "SAL", 4, "SQL", 5, "SAO", 6, "Evaluation", 7, "Proposal/Negotiation", 8, "Closed Won", 9, "Pre-Onboarding", 10, "Onboarding", 11, "Implementation", 12, "Early Adoption", 13, "Mature Adoption", 14, 0)
             +  CASE(TEXT(Lifecycle_Stage__c), "Known Lead", 1, "Marketing Engaged", 2, "MQL", 3, "SAL", 4, "SQL", 5, "SAO", 6, "Evaluation", 7, "Proposal/Negotiation", 8, "Closed Won", 9, "Pre-Onboarding", 10, "Onboarding", 11, "Implementation", 12, "Early Adoption", 13, "Mature Adoption", 14, 0) < CASE(TEXT(PRIORVALUE(Lifecycle_Stage__c)), "Known Lead", 1, "Marketing Engaged", 2, "MQL", 3, "SAL", 4, "SQL", 5, "SAO", 6, "Evaluation", 7, "Proposal/Negotiation", 8, "Closed Won", 9, "Pre-Onboarding", 10, "Onboarding", 11, "Implementation", 12, "Early Adoption", 13, "Mature Adoption", 14, 0)
              )

      Plan: 1 to update, compared with the live CRMs.
      "
    `);
  });

  it("renders a preview plan with retirements and where records go", async () => {
    const status = leadStatus();
    const live = { ...status, values: [...status.values, { apiName: "Trending Up", label: "Trending Up" }] };
    const declared = { ...status, replacements: [{ from: "Trending Up", to: "Engaged" }] };
    await expect(renderPlanText(planFromEvents([stepEvent("update", declared, live)]))).toMatchFileSnapshot("__snapshots__/plan.txt");
  });
});
