import { describe, expect, it } from "vitest";
import { extract } from "formulon";
import { formulaIdentifiers, missingReferences, ruleReferences } from "../../../providers/salesforce/preflight";
import { acceptedRules, refusedRules } from "../../contract/salesforce/fixtures/real-rules";

describe("the preview's field references", () => {
  it("finds the same identifiers as the formulon parser, outside strings and comments", () => {
    const formulas = [...acceptedRules.map((r) => r.errorConditionFormula), ...refusedRules.map(([r]) => String(r.errorConditionFormula)).filter((f) => !f.includes("Broken"))];
    for (const formula of formulas.filter((f) => extract(f).length > 0)) expect(formulaIdentifiers(formula).sort(), formula).toEqual([...extract(formula)].sort());
    expect(formulaIdentifiers('/* Amount */ AND(ISBLANK(NextStep), Name = "Closed.Won(x)", TRUE)')).toEqual(["NextStep", "Name"]);
  });

  it("needs the first lookup of a path, the display field, and nothing for $ globals", () => {
    const rule = { kind: "salesforce:validation-rule" as const, name: "r", object: "Opportunity", ruleName: "R", active: true, errorMessage: "m", errorDisplayField: "Amount",
      errorConditionFormula: 'AND(RecordType.DeveloperName = "X", ISBLANK(Broker__r.Name), Account.Owner.Email = $User.Email)' };
    expect(ruleReferences(rule).map((r) => r.field)).toEqual(["RecordTypeId", "Broker__c", "AccountId", "Amount"]);
    const described = new Map([["Opportunity", ["Id", "RecordTypeId", "AccountId", "Amount"]]]);
    expect(missingReferences(ruleReferences(rule), described)).toEqual([{ object: "Opportunity", field: "Broker__c" }]);
    expect(missingReferences(ruleReferences(rule), described, ["Opportunity.Broker__c"])).toEqual([]);
  });
});
