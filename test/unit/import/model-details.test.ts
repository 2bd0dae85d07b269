/** The optional model details an import writes, as the compiler applies them (defaults unchanged). */
import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import type { HubSpotPropertyOptionsSpec, ResourceSpec, SalesforcePicklistFieldSpec, SalesforceSalesProcessSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec } from "../../../specs";
import { architectureWith } from "../lifecycle/build";

const byName = <T extends ResourceSpec>(specs: ResourceSpec[], name: string) => specs.find((s) => s.name === name) as T;

describe("model details for adopted orgs", () => {
  it("`description` replaces the definition as the CRM value description; \"\" leaves it empty", () => {
    const arch = architectureWith((a) => {
      a.lifecycle[0]!.description = "";
      a.lifecycle[1]!.description = "Engaged with content";
      a.statuses![0]!.description = "";
    });
    const sf = compile(arch, "salesforce");
    const lifecycle = byName<SalesforcePicklistFieldSpec>(sf, "sf-field-lead-lifecycle-stage").values;
    expect([lifecycle[0]!.description, lifecycle[1]!.description, lifecycle[2]!.description]).toEqual(["", "Engaged with content", arch.lifecycle[2]!.definition]);
    expect(byName<SalesforceValueSetSpec>(sf, "sf-value-set-lead-status").values[0]!.description).toBe("");
    expect(byName<HubSpotPropertyOptionsSpec>(compile(arch, "hubspot"), "hs-options-contacts-lifecyclestage").options[0]!.description).toBe("");
  });

  it("`salesforce.lifecycleField` keeps the org's field description and no default value", () => {
    const arch = architectureWith((a) => {
      a.salesforce = { lifecycleField: { description: "", firstStageIsDefault: false } };
    });
    const field = byName<SalesforcePicklistFieldSpec>(compile(arch, "salesforce"), "sf-field-contact-lifecycle-stage");
    expect(field.description).toBeUndefined();
    expect(field.values.some((v) => v.default)).toBe(false);
  });

  it("`salesforceProcess` names the record type, sets descriptions, or keeps a pipeline to OpportunityStage values only", () => {
    const arch = architectureWith((a) => {
      a.pipelines!.new_business!.salesforceProcess = { recordType: "Sales", recordTypeDescription: "", description: "" };
      a.pipelines!.expansion!.salesforceProcess = { enabled: false };
    });
    const sf = compile(arch, "salesforce");
    expect(byName<SalesforceSalesProcessSpec>(sf, "sf-process-new-business")).toMatchObject({ processName: "New_Business", recordType: { apiName: "Sales", label: "New Business" } });
    expect(byName<SalesforceSalesProcessSpec>(sf, "sf-process-new-business").description).toBeUndefined();
    expect(byName<SalesforceSalesProcessSpec>(sf, "sf-process-new-business").recordType.description).toBeUndefined();
    expect(byName(sf, "sf-process-expansion")).toBeUndefined();
    expect(byName<SalesforceValueSetSpec>(sf, "sf-value-set-opportunity-stage").values).toEqual(byName<SalesforceValueSetSpec>(compile(architectureWith(() => {}), "salesforce"), "sf-value-set-opportunity-stage").values);
    const rules = sf.filter((s): s is SalesforceValidationRuleSpec => s.kind === "salesforce:validation-rule" && s.object === "Opportunity" && s.ruleName.endsWith("_Fields"));
    expect(rules.find((r) => r.ruleName.startsWith("New_Business"))!.errorConditionFormula).toContain('RecordType.DeveloperName = "Sales"');
    expect(rules.find((r) => r.ruleName.startsWith("Expansion"))!.errorConditionFormula).toContain("ISBLANK(RecordTypeId)");
  });
});
