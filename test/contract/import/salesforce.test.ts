import { afterEach, describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { SalesforcePicklistFieldSpec, SalesforceSalesProcessSpec, SalesforceValueSetSpec } from "../../../specs";
import { definitionOf } from "../../../providers/kinds";
import { createKind } from "../../../providers/operations";
import { startHarness, type Harness } from "../salesforce/harness";
import { importToFile, noChanges, previewAfterAdoption } from "./round-trip";

describe("bowtie import from the messy Salesforce org", () => {
  let h: Harness | undefined;
  afterEach(async () => h?.sandbox.close());

  it("writes a module whose compiled specs show no changes against the org, legacy values included", async () => {
    h = await startHarness("messy");
    const before = JSON.stringify(h.sandbox.state().metadata);
    const { specs, architecture } = await importToFile("salesforce", h.ctx);
    expect(JSON.stringify(h.sandbox.state().metadata)).toBe(before);

    expect(specs.map((s) => s.name)).toEqual([
      "sf-value-set-lead-status",
      "sf-value-set-opportunity-stage",
      "sf-field-lead-lifecycle-stage",
      "sf-field-contact-lifecycle-stage",
      "sf-field-account-lifecycle-stage",
      "sf-process-legacy-sales-process",
    ]);
    expect(await previewAfterAdoption(specs, h.ctx)).toEqual(noChanges(specs));

    const lifecycle = specs.find((s): s is SalesforcePicklistFieldSpec => s.name === "sf-field-lead-lifecycle-stage")!;
    expect(lifecycle.values.map((v) => v.apiName)).toEqual(["Lead", "MQL", "SQL", "Opportunity", "Customer", "Won", "Lost", "Trending Up"]);
    const stages = specs.find((s): s is SalesforceValueSetSpec => s.name === "sf-value-set-opportunity-stage")!;
    expect(stages.values.slice(-3)).toEqual([
      { apiName: "Renewal 120 Days", label: "Renewal 120 Days", closed: false, won: false, probability: 20, forecastCategory: "Pipeline" },
      { apiName: "Renewal 90 Days", label: "Renewal 90 Days", closed: false, won: false, probability: 40, forecastCategory: "Pipeline" },
      { apiName: "Renewal 60 Days", label: "Renewal 60 Days", closed: false, won: false, probability: 60, forecastCategory: "BestCase" },
    ]);
    const statuses = specs.find((s): s is SalesforceValueSetSpec => s.name === "sf-value-set-lead-status")!;
    expect(statuses.values.filter((v) => v.default || v.converted).map((v) => [v.apiName, v.default, v.converted])).toEqual([
      ["Open - Not Contacted", true, false],
      ["Closed - Converted", false, true],
    ]);
    expect(architecture.rules).toEqual([]);
    expect(architecture.automations).toEqual([]);
    expect(specs.some((s) => s.kind === "salesforce:validation-rule" || s.kind === "salesforce:flow")).toBe(false);
  });

  it("is not vacuous: an admin's relabel after the import shows as a change", async () => {
    h = await startHarness("messy");
    const { specs } = await importToFile("salesforce", h.ctx);
    const conn = await h.other();
    const [field] = (await conn.metadata.read("CustomField", ["Account.Lifecycle_Stage__c"])) as unknown as Array<Record<string, any>>;
    field!.valueSet.valueSetDefinition.value[5].label = "Closed Won (legacy)";
    await conn.metadata.update("CustomField", field as never);
    const preview = await previewAfterAdoption(specs, h.ctx);
    expect(preview["sf-field-account-lifecycle-stage"]).toEqual(["values"]);
    expect(Object.values(preview).filter((changed) => changed.length > 0)).toHaveLength(1);
  });

  it("round-trips an org Bowtie already manages, and names the one thing the model cannot say", async () => {
    h = await startHarness("messy");
    for (const spec of compile(defaultArchitecture, "salesforce")) await createKind(definitionOf(spec.kind), spec, h.ctx);
    const { specs, result } = await importToFile("salesforce", h.ctx);
    const preview = await previewAfterAdoption(specs, h.ctx);
    expect(Object.keys(preview).filter((name) => preview[name]!.length > 0)).toEqual(["sf-process-legacy-sales-process"]);
    expect(result.notes.filter((n) => n.kind === "difference").map((n) => n.message)).toEqual([
      'The sales process Legacy_Sales_Process lists "Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review", "Renewal 90 Days", not active in OpportunityStage; the preview removes them from the process.',
    ]);
    const process = (name: string) => specs.find((s): s is SalesforceSalesProcessSpec => s.name === name)!;
    expect(process("sf-process-new-business").stages).toEqual((compile(defaultArchitecture, "salesforce").find((s) => s.name === "sf-process-new-business") as SalesforceSalesProcessSpec).stages);
    expect(specs.filter((s) => s.kind === "salesforce:picklist-field").map((s) => s.name)).toContain("sf-field-opportunity-drop-off-reason");
  });
});
