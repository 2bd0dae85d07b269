import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importHubSpot, importSalesforce, renderModule } from "../../../lifecycle/import";
import type { ImportResult } from "../../../lifecycle/import/snapshot";
import { loadArchitecture } from "../../../lifecycle/load";
import { parseArchitecture } from "../../../lifecycle/validate";
import { hubspotSnapshot, salesforceSnapshot } from "./builders";

const meta = { date: "2025-01-01" };
const defineModule = resolve(__dirname, "../../../lifecycle/define");

function loadRendered(result: ImportResult) {
  const file = join(mkdtempSync(join(tmpdir(), "bowtie-import-")), "architecture.ts");
  writeFileSync(file, renderModule(result, { defineModule }));
  return loadArchitecture(file);
}

describe("renderModule", () => {
  it("writes a readable module with the define.ts helpers, placeholders as constants and what was left out in the header", () => {
    const result = importSalesforce(salesforceSnapshot(), meta);
    expect(renderModule(result, { defineModule: "../lifecycle/define" })).toMatchInlineSnapshot(`
      "/**
       * The Salesforce org at https://login.example.test, as \`bowtie import\` read it on 2025-01-01.
       *
       * Previewed against that org, this architecture shows no changes: it declares the values, stages
       * and pipelines exactly as they are. Fill in the placeholders (they do not reach Salesforce), then
       * change the model deliberately: every change shows in \`bowtie preview\`.
       *
       * Use it: \`pulumi config set bowtie:architecture <this file>\` and \`pulumi config set --path
       * 'bowtie:targets[0]' salesforce\` in the stack, then \`bowtie preview -s <stack>\`.
       *
       * Not imported:
       * - Validation rules (1 found: Opportunity.Amount_Required). Bowtie generates these from the
       *   model's \`rules\`, and a hand-built one cannot be mapped back to that intent reliably, so none is
       *   imported and Bowtie leaves the existing ones as they are. Add \`rules\` to have Bowtie manage its
       *   own.
       * - Flows (none found). Bowtie generates these from the model's \`automations\`, and a hand-built one
       *   cannot be mapped back to that intent reliably, so none is imported and Bowtie leaves the
       *   existing ones as they are. Add \`automations\` to have Bowtie manage its own.
       *
       * Placeholders to fill in:
       * - Lifecycle stage definitions, owners and entry/exit criteria: Salesforce does not record them.
       *   Values that had no description carry \`description: ""\`, so writing a definition changes nothing
       *   in Salesforce; delete that line to publish the definition as the value's description.
       * - Lifecycle domains (lead, sales, customer) and pipeline kinds are guessed from names; they feed
       *   the lint and the docs, not the CRM.
       * - Status kinds: only the converted status is marked; mark disqualified statuses \`kind:
       *   "disqualified"\` yourself.
       */
      import { defineArchitecture, lostStage, openStage, pipeline, stage, status, wonStage } from "../lifecycle/define";

      /** What Salesforce does not record: replace each use (search for DEFINITION and OWNER). */
      const DEFINITION = "Imported from Salesforce on 2025-01-01: write the definition";
      const OWNER = "Unassigned: name the owning team";

      /** Pipeline stages by key; the pipelines below list them (in Salesforce, a stage in several pipelines is one value). */
      const pipelineStages = {
        prospecting: openStage("prospecting", {
          label: "Prospecting", salesforce: "Prospecting", probability: 0.1, forecastCategory: "Pipeline", entry: [],
        }),
        renewal_90_days: openStage("renewal_90_days", {
          label: "Renewal 90 Days", salesforce: "Renewal 90 Days", probability: 0.4, forecastCategory: "Pipeline", entry: [],
        }),
        closed_won: wonStage("closed_won", {
          label: "Closed Won", salesforce: "Closed Won", probability: 1, forecastCategory: "Closed", entry: [],
        }),
        closed_lost: lostStage("closed_lost", {
          label: "Closed Lost", salesforce: "Closed Lost", probability: 0, forecastCategory: "Omitted", entry: [],
        }),
      };

      export default defineArchitecture({
        name: "Imported from Salesforce",
        description: "Read from https://login.example.test on 2025-01-01 by \`bowtie import\`.",
        lifecycle: [
          stage("lead", {
            label: "Lead", domain: "lead", salesforce: "Lead", definition: DEFINITION, description: "", owner: OWNER,
            entry: [], exit: [],
          }),
          stage("mql", {
            label: "MQL", domain: "lead", salesforce: "MQL", definition: DEFINITION, description: "", owner: OWNER, entry: [],
            exit: [],
          }),
          stage("won", {
            label: "Won", domain: "sales", salesforce: "Won", definition: DEFINITION, description: "", owner: OWNER,
            entry: [], exit: [],
          }),
        ],
        statuses: [
          status("open", { label: "Open", salesforce: "Open", definition: DEFINITION, description: "" }),
          status("working", { label: "Working", salesforce: "Working", definition: DEFINITION, description: "" }),
          status("converted", {
            label: "Converted", salesforce: "Converted", kind: "converted", definition: DEFINITION, description: "",
          }),
        ],
        pipelines: {
          opportunity_stages: pipeline({
            label: "Opportunity Stages", kind: "new-business",
            description: "Every OpportunityStage value in the org's order, those in no sales process included (the master picklist).",
            salesforceProcess: { enabled: false },
            stages: [
              pipelineStages.prospecting,
              pipelineStages.renewal_90_days,
              pipelineStages.closed_won,
              pipelineStages.closed_lost,
            ],
          }),
          sales_process: pipeline({
            label: "Sales", kind: "new-business", salesforce: "Sales_Process", description: "All deals",
            salesforceProcess: { recordType: "Sales", recordTypeDescription: "" },
            stages: [pipelineStages.prospecting, pipelineStages.closed_won, pipelineStages.closed_lost],
          }),
        },
        salesforce: { lifecycleField: { description: "", firstStageIsDefault: false } },
      });
      "
    `);
  });

  it("loads back to exactly the imported architecture", () => {
    for (const result of [importSalesforce(salesforceSnapshot(), meta), importHubSpot(hubspotSnapshot(), meta)]) {
      const loaded = loadRendered(result);
      expect(loaded.ok ? loaded.architecture : loaded.problems).toEqual(parseArchitecture(result.architecture));
    }
  });

  it("is deterministic and keeps `*/` in CRM text from closing the header", () => {
    const snapshot = salesforceSnapshot({ flows: [{ name: "Odd */ name", active: true }] });
    const text = renderModule(importSalesforce(snapshot, meta), { defineModule });
    expect(renderModule(importSalesforce(snapshot, meta), { defineModule })).toBe(text);
    expect(text).toContain("Odd *\\/ name");
    expect(loadRendered(importSalesforce(snapshot, meta)).ok).toBe(true);
  });

  it("says in the header when the preview would not be empty", () => {
    const snapshot = salesforceSnapshot({ lifecycleFields: { Lead: salesforceSnapshot().lifecycleFields.Lead! } });
    const text = renderModule(importSalesforce(snapshot, meta), { defineModule });
    expect(text).toContain('shows only the changes listed under "Differences"');
    expect(text).toContain(" * Differences the preview will show:\n * - Contact has no Lifecycle_Stage__c");
  });
});
