import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { importSalesforce } from "../../../lifecycle/import";
import type { SalesforceSnapshot } from "../../../lifecycle/import/snapshot";
import type { SalesforcePicklistFieldSpec, SalesforceResourceSpec, SalesforceSalesProcessSpec, SalesforceValueSetSpec } from "../../../specs";
import { parseArchitecture } from "../../../lifecycle/validate";
import { changedSpecs, lifecycleField, salesforceSnapshot } from "./builders";

const meta = { date: "2025-01-01" };
const compiled = (snapshot: SalesforceSnapshot) => compile(parseArchitecture(importSalesforce(snapshot, meta).architecture), "salesforce") as SalesforceResourceSpec[];
const differences = (snapshot: SalesforceSnapshot) => importSalesforce(snapshot, meta).notes.filter((n) => n.kind === "difference").map((n) => n.message);

/** What the handlers' `read` would return for `spec` in an org holding `snapshot` (pure mirror of the providers' reads). */
function live(spec: SalesforceResourceSpec, snapshot: SalesforceSnapshot): SalesforceResourceSpec | undefined {
  switch (spec.kind) {
    case "salesforce:value-set":
      return { ...spec, values: spec.valueSetName === "LeadStatus" ? snapshot.leadStatus : snapshot.opportunityStage };
    case "salesforce:picklist-field": {
      const fields = spec.field === "Lifecycle_Stage__c" ? snapshot.lifecycleFields : snapshot.dropOffFields;
      const field = fields[spec.object as keyof typeof fields];
      return field && { ...spec, ...field };
    }
    case "salesforce:sales-process": {
      const process = snapshot.processes.find((p) => p.processName === spec.processName);
      return process && { ...spec, description: process.description, stages: process.stages, recordType: process.recordType ?? { apiName: "", label: "" } };
    }
    default:
      return undefined;
  }
}

const changed = (snapshot: SalesforceSnapshot) => changedSpecs(compiled(snapshot), (spec) => live(spec, snapshot));

describe("importSalesforce", () => {
  it("reproduces every value set, lifecycle field and sales process of the org", () => {
    const snapshot = salesforceSnapshot();
    expect(compiled(snapshot).map((s) => s.name)).toEqual([
      "sf-value-set-lead-status",
      "sf-value-set-opportunity-stage",
      "sf-field-lead-lifecycle-stage",
      "sf-field-contact-lifecycle-stage",
      "sf-field-account-lifecycle-stage",
      "sf-process-sales-process",
    ]);
    expect(changed(snapshot)).toEqual([]);
    expect(differences(snapshot)).toEqual([]);
  });

  it("maps closed/won flags, probabilities and forecast categories onto stage outcomes", () => {
    const { pipelines } = importSalesforce(salesforceSnapshot(), meta).architecture;
    expect(pipelines!.sales_process!.stages.map((s) => [s.key, s.outcome, s.probability, s.forecastCategory])).toEqual([
      ["prospecting", "open", 0.1, "Pipeline"],
      ["closed_won", "won", 1, "Closed"],
      ["closed_lost", "lost", 0, "Omitted"],
    ]);
  });

  it("keeps placeholders out of the org: a value without a description gets `description: \"\"`, one with a description defines the stage", () => {
    const values = [{ apiName: "MQL", label: "MQL", description: "Scored and fit." }, { apiName: "SQL", label: "SQL" }];
    const snapshot = salesforceSnapshot({ lifecycleFields: { Lead: lifecycleField(values), Contact: lifecycleField(values), Account: lifecycleField(values) } });
    const { lifecycle } = importSalesforce(snapshot, meta).architecture;
    expect(lifecycle.map((s) => [s.definition, s.description])).toEqual([
      ["Scored and fit.", undefined],
      ["Imported from Salesforce on 2025-01-01: write the definition", ""],
    ]);
    expect(changed(snapshot)).toEqual([]);
  });

  it("puts a stages-only pipeline first when the processes do not cover OpportunityStage in order, and none when they do", () => {
    const withOrphan = importSalesforce(salesforceSnapshot(), meta).architecture;
    expect(Object.keys(withOrphan.pipelines!)).toEqual(["opportunity_stages", "sales_process"]);
    expect(withOrphan.pipelines!.opportunity_stages).toMatchObject({ salesforceProcess: { enabled: false } });
    expect(compiled(salesforceSnapshot()).filter((s) => s.kind === "salesforce:sales-process")).toHaveLength(1);

    const renewal = { processName: "Renewal", description: "Renewals", stages: ["Renewal 90 Days", "Closed Won", "Closed Lost"], recordType: { apiName: "Renewal", label: "Renewal", description: "Renewals" } };
    const [prospecting, renewal90, won, lost] = salesforceSnapshot().opportunityStage;
    const inProcessOrder = { opportunityStage: [prospecting!, won!, lost!, renewal90!], processes: [renewal, ...salesforceSnapshot().processes] };
    const covered = importSalesforce(salesforceSnapshot(inProcessOrder), meta).architecture;
    expect(Object.keys(covered.pipelines!)).toEqual(["sales_process", "renewal"]);
    expect(covered.pipelines!.renewal).toMatchObject({ kind: "renewal", description: "Renewals" });
    expect(covered.pipelines!.renewal!.salesforceProcess).toBeUndefined();
    expect(changed(salesforceSnapshot(inProcessOrder))).toEqual([]);
  });

  it("records a record type named apart from its process, and descriptions the model would otherwise derive", () => {
    const process = (spec: SalesforceResourceSpec[]) => spec.find((s): s is SalesforceSalesProcessSpec => s.kind === "salesforce:sales-process")!;
    const { pipelines } = importSalesforce(salesforceSnapshot(), meta).architecture;
    expect(pipelines!.sales_process).toMatchObject({ label: "Sales", description: "All deals", salesforceProcess: { recordType: "Sales", recordTypeDescription: "" } });
    expect(process(compiled(salesforceSnapshot()))).toMatchObject({ processName: "Sales_Process", description: "All deals", recordType: { apiName: "Sales", label: "Sales" } });
    expect(process(compiled(salesforceSnapshot())).recordType.description).toBeUndefined();

    const bare = salesforceSnapshot({ processes: [{ processName: "Sales_Process", stages: ["Prospecting"], recordType: { apiName: "Sales_Process", label: "Sales" } }] });
    expect(process(compiled(bare)).description).toBeUndefined();
    expect(changed(bare)).toEqual([]);
  });

  it("keeps Lifecycle_Stage__c without a default and with the org's description", () => {
    const field = (specs: SalesforceResourceSpec[]) => specs.find((s): s is SalesforcePicklistFieldSpec => s.name === "sf-field-lead-lifecycle-stage")!;
    const spec = field(compiled(salesforceSnapshot()));
    expect(spec.description).toBeUndefined();
    expect(spec.values.some((v) => v.default)).toBe(false);
  });

  it("merges drop-off reasons of leads and opportunities into one list that compiles back to both", () => {
    const reasons = (names: string[]) => ({ label: "Drop-off Reason", restricted: true, values: names.map((n) => ({ apiName: n, label: n })) });
    const snapshot = salesforceSnapshot({ dropOffFields: { Lead: reasons(["No Budget", "No Fit"]), Opportunity: reasons(["No Budget", "Competitor"]) } });
    expect(importSalesforce(snapshot, meta).architecture.dropOffReasons).toEqual([
      { key: "no_budget", label: "No Budget", appliesTo: ["lead", "opportunity"], names: { salesforce: "No Budget" } },
      { key: "competitor", label: "Competitor", appliesTo: ["opportunity"], names: { salesforce: "Competitor" } },
      { key: "no_fit", label: "No Fit", appliesTo: ["lead"], names: { salesforce: "No Fit" } },
    ]);
    const values = (name: string) => compiled(snapshot).find((s): s is SalesforcePicklistFieldSpec => s.name === name)!.values.map((v) => v.apiName);
    expect(values("sf-field-lead-drop-off-reason")).toEqual(["No Budget", "No Fit"]);
    expect(values("sf-field-opportunity-drop-off-reason")).toEqual(["No Budget", "Competitor"]);
  });

  it("says what the model cannot reproduce, so the preview would show it", () => {
    const snapshot = salesforceSnapshot({
      leadStatus: [{ apiName: "Open", label: "Open" }, { apiName: "Won", label: "Won", converted: true, default: true }, { apiName: "Converted", label: "Converted", converted: true }],
      lifecycleFields: { Lead: lifecycleField(), Account: lifecycleField([{ apiName: "Lead", label: "Lead", default: true }]) },
      processes: [{ processName: "Sales_Process", stages: ["Prospecting", "Gone"] }],
    });
    expect(differences(snapshot)).toMatchInlineSnapshot(`
      [
        "Contact has no Lifecycle_Stage__c: the preview creates it with Lead's values.",
        "Account.Lifecycle_Stage__c differs from Lead.Lifecycle_Stage__c; the model has one lifecycle for all three objects, written from Lead's, so the preview aligns Account's with it.",
        "LeadStatus has 2 converted values; the model has exactly one ("Won"), so the preview clears the flag on "Converted".",
        "LeadStatus's default is "Won"; the model makes the first status the default, so the preview changes it.",
        "The sales process Sales_Process lists "Gone", not active in OpportunityStage; the preview removes it from the process.",
        "No active record type selects the sales process Sales_Process; the model pairs each process with one, so the preview creates record type Sales_Process.",
      ]
    `);
    const sf = new Set(changed(snapshot));
    expect(["sf-value-set-lead-status", "sf-field-contact-lifecycle-stage", "sf-field-account-lifecycle-stage", "sf-process-sales-process"].every((n) => sf.has(n))).toBe(true);
  });

  it("leaves validation rules, flows and inactive processes out, and says so", () => {
    const notes = importSalesforce(salesforceSnapshot({ flows: [{ name: "Legacy_Flow", active: false }], inactiveProcesses: ["Opportunity.Old"] }), meta).notes;
    expect(notes.filter((n) => n.kind === "not-imported").map((n) => n.message.split(".")[0])).toEqual([
      "Validation rules (1 found: Opportunity",
      "Flows (1 found: Legacy_Flow (inactive))",
      "The inactive sales process Opportunity",
    ]);
    const kinds = compiled(salesforceSnapshot()).map((s) => s.kind);
    expect(kinds).not.toContain("salesforce:validation-rule");
    expect(kinds).not.toContain("salesforce:flow");
  });

  it("marks exactly one converted status, as the schema requires", () => {
    const none = salesforceSnapshot({ leadStatus: [{ apiName: "Open", label: "Open", default: true }, { apiName: "Closed - Converted", label: "Closed - Converted" }] });
    const statuses = importSalesforce(none, meta).architecture.statuses!;
    expect(statuses.map((s) => s.kind)).toEqual(["open", "converted"]);
    const valueSet = compiled(none).find((s): s is SalesforceValueSetSpec => s.name === "sf-value-set-lead-status")!;
    expect(valueSet.values.filter((v) => v.converted).map((v) => v.apiName)).toEqual(["Closed - Converted"]);
  });
});
