/**
 * `bowtie pr-comment`, `bowtie up` and `bowtie preview` as a pull request's CI job and a user run
 * them: the real `bin/bowtie` in a child process, against the messy sandboxes.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLeadStatusValue } from "../../cli/demo/admin-changes";
import { GITHUB_COMMENT_LIMIT } from "../../cli/report/fit";
import { NO_CHANGES } from "../../cli/report/render-plan";
import { startHubSpotSandbox, type HubSpotSandbox } from "../../sandbox/hubspot";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { runBowtie, runBowtieArgs } from "./bowtie-cli";
import { hubspotConfig, salesforceAdmin, salesforceConfig, stackProgram, targetsConfig } from "./crm";
import { createE2EStack, type E2EStack } from "./harness";

/** An architecture with two lint error findings (a deal outcome in the lifecycle, a countdown stage). */
const gotchas = "test/unit/lifecycle/fixtures/gotchas.ts";

describe("bowtie pr-comment, up and preview on the messy sandboxes", () => {
  let e2e: E2EStack;
  const hubspotState = () => path.join(e2e.workDir, "hubspot-portal.json");
  let salesforce: SalesforceSandbox;
  let hubspot: HubSpotSandbox;

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce", "hubspot") });
    salesforce = await startSalesforceSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "salesforce-org.json") });
    hubspot = await startHubSpotSandbox({ scenario: "messy", stateFile: hubspotState() });
    await e2e.setConfig({ ...salesforceConfig(salesforce), ...hubspotConfig(hubspot) });
  });

  afterAll(async () => {
    await hubspot?.close();
    await salesforce?.close();
    await e2e?.dispose();
  });

  it("pr-comment: the first preview as Markdown, with what it adopts and the records each retirement will move", async () => {
    const run = await runBowtie(e2e, "pr-comment");
    expect(run.code).toBe(0);
    const comment = run.stdout;
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toMatch(/^## Bowtie preview for `e2e`\n\n\*\*\d+ to create, \d+ to adopt\*\*/);
    expect(comment).toContain("### Salesforce (");
    expect(comment).toContain("### HubSpot (");
    expect(comment).toContain(`| \`adopt\` | LeadStatus picklist values | would adopt the existing CRM object LeadStatus |`);
    expect(comment).toContain(`|  |  | would move 5 records from Lead.Status "Open - Not Contacted" to "New" |`);
    expect(comment).toContain(`|  |  | would move 4 records from Lead.Status "Trending Up" to "Engaged" |`);
    expect(comment).toContain(`would move 2 records from deals.dealstage "renewal_120_days" to "renewal_opened"`);
    expect(comment).toContain("Lint: no findings.");
  });

  it("up: applies, and reports what it adopted and the records it moved", async () => {
    const run = await runBowtie(e2e, "up");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`=  adopt   LeadStatus picklist values  [salesforce]\n     adopted the existing CRM object LeadStatus\n`);
    expect(run.stdout).toContain(`moved 4 records from Lead.Status "Trending Up" to "Engaged"`);
    expect(run.stdout).not.toContain("would ");
    // Progress as the engine reports each resource, on stderr: the report on stdout stays clean.
    expect(run.stderr).toMatch(/^  sf-value-set-lead-status: created \(\d+\.\d s\)$/m);
    expect(run.stdout).toMatch(/Plan: \d+ to create, \d+ to adopt, compared with the live CRMs\.\n$/);
  });

  it("preview: nothing left to change, in words that say what was compared", async () => {
    const run = await runBowtie(e2e, "preview");
    expect(run).toMatchObject({ code: 0, stdout: NO_CHANGES });
  });

  it("preview and up compare with the live CRMs by default: an admin's change is shown, then undone", async () => {
    await addLeadStatusValue(salesforceAdmin(salesforce), { apiName: "Hot_Lead", label: "Hot Lead" });
    const preview = await runBowtie(e2e, "preview");
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(`~  update  LeadStatus picklist values  [salesforce]\n     retires "Hot Lead" (Hot_Lead)`);
    expect((await runBowtie(e2e, "up")).code).toBe(0);
    expect(await runBowtie(e2e, "preview")).toMatchObject({ code: 0, stdout: NO_CHANGES });
  });

  it("an unreachable CRM is an error, never no changes", async () => {
    const { port } = new URL(hubspot.url);
    await hubspot.close();
    try {
      const run = await runBowtie(e2e, "preview");
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain("No changes");
      expect(run.stderr).toContain("bowtie preview failed.");
    } finally {
      hubspot = await startHubSpotSandbox({ port: Number(port), stateFile: hubspotState() });
    }
  });

  it("lint error findings stop preview, up and pr-comment before any CRM call; lint and docs follow -s", async () => {
    await e2e.setConfig({ "bowtie:architecture": gotchas });
    const requests = () => salesforce.requests().length + hubspot.requests().length;
    const before = requests();
    try {
      for (const command of ["preview", "up"]) {
        const run = await runBowtie(e2e, command);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`bowtie ${command}: stopped before any CRM call.\nerror BT003 deal-outcome-in-lifecycle  lifecycle[8].label`);
        expect(run.stderr).toContain("pulumi config set bowtie:lintErrors warn");
      }
      const comment = await runBowtie(e2e, "pr-comment");
      expect(comment.code).toBe(1);
      expect(comment.stdout).toContain("**Not previewed: lint found errors.**");
      expect(comment.stdout).toContain("| BT005 time-based-stage | error |");
      expect(requests()).toBe(before);
      const lint = await runBowtie(e2e, "lint");
      expect(lint.code).toBe(1);
      expect(lint.stdout).toContain(`${gotchas}: 2 error(s), 0 warning(s)`);
      const docs = await runBowtie(e2e, "docs", "--out", path.join(e2e.workDir, "docs"));
      expect(docs.code).toBe(0);
      expect(readFileSync(path.join(e2e.workDir, "docs", "stage-reference-card.md"), "utf8")).toContain("Renewal 90 Days");
    } finally {
      await e2e.stack.removeConfig("bowtie:architecture");
    }
  });
});

describe("a stack that does not exist in a shared backend", () => {
  it("is not created on the fly: the command says how to create it", async () => {
    const e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce") });
    try {
      const typo = await runBowtieArgs(e2e, ["preview", "-s", "prdo", "-C", e2e.workDir]);
      expect(typo.code).toBe(1);
      expect(typo.stderr).toContain("stack prdo does not exist in this backend");
      expect(typo.stderr).toContain("pulumi stack init prdo");
    } finally {
      await e2e.dispose();
    }
  });
});
