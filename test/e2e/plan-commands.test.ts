/**
 * `bowtie pr-comment`, `bowtie up` and `bowtie preview` as a pull request's CI job and a user run
 * them: the real `bin/bowtie` in a child process, against the messy sandboxes.
 */
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GITHUB_COMMENT_LIMIT } from "../../cli/report/fit";
import { startHubSpotSandbox, type HubSpotSandbox } from "../../sandbox/hubspot";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { runBowtie, runBowtieArgs } from "./bowtie-cli";
import { hubspotConfig, salesforceConfig, stackProgram, targetsConfig } from "./crm";
import { createE2EStack, type E2EStack } from "./harness";

describe("bowtie pr-comment, up and preview on the messy sandboxes", () => {
  let e2e: E2EStack;
  let salesforce: SalesforceSandbox;
  let hubspot: HubSpotSandbox;

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce", "hubspot") });
    salesforce = await startSalesforceSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "salesforce-org.json") });
    hubspot = await startHubSpotSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "hubspot-portal.json") });
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
    expect(run.stdout).toMatch(/Plan: \d+ to create, \d+ to adopt\.\n$/);
  });

  it("preview: nothing left to change", async () => {
    const run = await runBowtie(e2e, "preview", "--refresh");
    expect(run).toMatchObject({ code: 0, stdout: "No changes: the CRMs already match the architecture.\n" });
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
