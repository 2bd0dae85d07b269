import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import { definitionOf } from "../../../providers/kinds";
import { createKind, diffKind, previewCreate } from "../../../providers/operations";
import { flowKind } from "../../../providers/salesforce/flow";
import { validationRuleKind } from "../../../providers/salesforce/validation-rule";
import { flowSpec, validationRuleSpec } from "./builders";
import { startHarness, type Harness } from "./harness";

describe("the preview checks that the fields rules and flows reference exist in the org", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  it("names every missing field with the fix, in the preview, before any write", async () => {
    const rule = validationRuleSpec({
      object: "Opportunity",
      ruleName: "Renewal_Needs_Broker",
      errorConditionFormula: 'AND(ISPICKVAL(StageName, "Renewal 90 Days"), ISBLANK(Renewal_Date__c), ISBLANK(Broker__r.Name), RecordType.DeveloperName = "Renewal", $User.Id <> OwnerId)',
      errorDisplayField: "Amount",
    });
    h.sandbox.clearRequests();
    const error = await previewCreate(validationRuleKind, rule, h.ctx).catch((e: unknown) => e);
    expect((error as Error).message).toMatchInlineSnapshot(`"Salesforce validation rule Opportunity.Renewal_Needs_Broker (sf-rule-lead-drop-off) (errorConditionFormula): the org has no field Opportunity.Renewal_Date__c, Opportunity.Broker__c that this rule references (or the integration user cannot see them); Salesforce would refuse the deploy. Fix: Create Opportunity.Renewal_Date__c, Opportunity.Broker__c in Setup → Object Manager → Opportunity → Fields & Relationships (or add them to the architecture) and give the integration user read access, or change the rule not to use them. [MISSING_FIELDS]"`);
    expect(h.sandbox.requests().filter((r) => r.operation && r.operation !== "readMetadata")).toEqual([]);
  });

  it("checks a flow's trigger and target fields, and an update's preview too", async () => {
    const flow = flowSpec({ update: { target: "Contact", relatedBy: "AccountId", recordField: "AccountId", field: "Renewal_Owner__c", value: "ops" } });
    await expect(previewCreate(flowKind, flow, h.ctx)).rejects.toMatchObject({ code: "MISSING_FIELDS", message: expect.stringContaining("Contact.Renewal_Owner__c") });
    const rule = validationRuleSpec({ object: "Lead", ruleName: "Company_Required", errorConditionFormula: "ISBLANK(Company)", errorDisplayField: undefined });
    await createKind(validationRuleKind, rule, h.ctx);
    await expect(diffKind(validationRuleKind, "Lead.Company_Required", rule, { ...rule, errorConditionFormula: "ISBLANK(Company) && ISBLANK(Region__c)" }, h.ctx)).rejects.toMatchObject({ code: "MISSING_FIELDS" });
  });

  it("does not expect fields the same architecture deploys first: the default architecture previews clean on the messy org", async () => {
    const specs = compile(defaultArchitecture, "salesforce").filter((s) => s.kind === "salesforce:validation-rule" || s.kind === "salesforce:flow");
    expect(specs.length).toBeGreaterThan(10);
    for (const spec of specs) await expect(definitionOf(spec.kind).preflight!(spec as never, h.ctx), spec.name).resolves.toBeUndefined();
  });
});
