import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { probabilityText } from "../../../lifecycle/compile/hubspot/pipelines";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { HubSpotPipelineSpec, ResourceSpec, SalesforceFlowSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec } from "../../../specs";
import { architectureWith } from "./build";

const byName = <T extends ResourceSpec>(specs: ResourceSpec[], name: string) => specs.find((s) => s.name === name) as T;

describe("compile", () => {
  it("is deterministic and names are unique per target", () => {
    for (const target of ["salesforce", "hubspot"] as const) {
      const specs = compile(defaultArchitecture, target);
      expect(compile(defaultArchitecture, target)).toEqual(specs);
      expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
    }
  });

  it("keeps names and values when every label changes (relabel = update)", () => {
    const relabelled = architectureWith((a) => {
      for (const s of a.lifecycle) s.label = `${s.label} (v2)`;
      for (const p of Object.values(a.pipelines!)) for (const s of p.stages) s.label = `${s.label} v2`;
    });
    for (const target of ["salesforce", "hubspot"] as const) {
      const identities = (specs: ResourceSpec[]) => specs.map((s) => s.name);
      expect(identities(compile(relabelled, target))).toEqual(identities(compile(defaultArchitecture, target)));
    }
    const stage = byName<SalesforceValueSetSpec>(compile(relabelled, "salesforce"), "sf-value-set-opportunity-stage");
    expect(stage.values.map((v) => v.apiName)).toEqual(byName<SalesforceValueSetSpec>(compile(defaultArchitecture, "salesforce"), "sf-value-set-opportunity-stage").values.map((v) => v.apiName));
  });

  it("shares Closed Won/Closed Lost across processes and maps legacy stages", () => {
    const stages = byName<SalesforceValueSetSpec>(compile(defaultArchitecture, "salesforce"), "sf-value-set-opportunity-stage");
    expect(stages.values.filter((v) => v.apiName === "Closed Won")).toHaveLength(1);
    expect(stages.values.find((v) => v.apiName === "Closed Won")).toMatchObject({ closed: true, won: true, probability: 100, forecastCategory: "Closed" });
    expect(stages.replacements).toContainEqual({ from: "Renewal 120 Days", to: "Renewal Opened" });
  });

  it("writes a PRIORVALUE forward-only rule and a drop-off rule with real formulas", () => {
    const specs = compile(defaultArchitecture, "salesforce");
    const forward = byName<SalesforceValidationRuleSpec>(specs, "sf-rule-lead-lifecycle-forward-only");
    expect(forward.errorConditionFormula).toContain("CASE(TEXT(PRIORVALUE(Lifecycle_Stage__c)), \"Known Lead\", 1");
    expect(forward.errorMessage.length).toBeLessThanOrEqual(255);
    expect(byName<SalesforceValidationRuleSpec>(specs, "sf-rule-opportunity-drop-off-reason-required").errorConditionFormula).toMatchInlineSnapshot(`
      "AND(
        OR(ISNEW(), ISCHANGED(StageName)),
        ISPICKVAL(StageName, "Closed Lost"),
        ISBLANK(TEXT(Drop_Off_Reason__c))
      )"
    `);
    for (const rule of specs.filter((s): s is SalesforceValidationRuleSpec => s.kind === "salesforce:validation-rule")) {
      expect(rule.ruleName.length).toBeLessThanOrEqual(40);
      expect(rule.errorMessage.length).toBeLessThanOrEqual(255);
    }
  });

  it("guards the meeting-booked flow so SQL and later are never moved back", () => {
    const flow = byName<SalesforceFlowSpec>(compile(defaultArchitecture, "salesforce"), "sf-flow-bowtie-meeting-booked-contact");
    expect(flow.update).toEqual({ target: "Contact", relatedBy: "Id", recordField: "WhoId", field: "Lifecycle_Stage__c", value: "SAL", onlyFrom: ["Known Lead", "Marketing Engaged", "MQL"] });
  });

  it("emits HubSpot probabilities as 0.0–1.0 strings and tickets for customer success", () => {
    expect([0, 0.25, 1].map(probabilityText)).toEqual(["0.0", "0.25", "1.0"]);
    const specs = compile(defaultArchitecture, "hubspot");
    const cs = byName<HubSpotPipelineSpec>(specs, "hs-pipeline-tickets-customer-success");
    expect(cs.objectType).toBe("tickets");
    expect(cs.stages.map((s) => s.metadata.ticketState)).toEqual(["OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "CLOSED"]);
    const nb = byName<HubSpotPipelineSpec>(specs, "hs-pipeline-deals-new-business");
    expect(nb.pipelineId).toBe("default");
    expect(nb.stages.at(-2)).toMatchObject({ key: "closedwon", metadata: { probability: "1.0", isClosed: "true" } });
  });
});
