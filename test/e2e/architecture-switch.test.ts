/**
 * Changing the architecture of an applied stack converges (Salesforce): default → examples/acme.ts
 * → default → acme through `pulumi up` on one stack, with no state surgery; after each switch a
 * refreshed preview is clean and `up --refresh` has nothing to do. Bowtie orders value-set, process
 * and record-type writes so no intermediate state is one Salesforce refuses. The org has no
 * records, so what is exercised is the ordering of metadata writes, not record moves (which the
 * data-safety guard rightly refuses without replacements; salesforce.test.ts covers them).
 */
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ARCHITECTURE_FILE } from "../../stacks/architecture";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { salesforceConfig, stackProgram, summarize, targetsConfig } from "./crm";
import { createE2EStack, type E2EStack } from "./harness";

const acme = "examples/acme.ts";

describe("Salesforce: switching the architecture of an applied stack, through the pulumi CLI", () => {
  let e2e: E2EStack;
  let sandbox: SalesforceSandbox;

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce") });
    sandbox = await startSalesforceSandbox({ scenario: "empty", stateFile: path.join(e2e.workDir, "salesforce-org.json") });
    await e2e.setConfig(salesforceConfig(sandbox));
  });

  afterAll(async () => {
    await sandbox?.close();
    await e2e?.dispose();
  });

  const converged = async () => {
    await e2e.expectNoDrift();
    expect(summarize(await e2e.up({ refresh: true })).filter((line) => !line.startsWith("refresh"))).toEqual([]);
  };

  it("applies the default architecture", async () => {
    expect((await e2e.up()).length).toBeGreaterThan(0);
    await converged();
  });

  it("switches to examples/acme.ts", async () => {
    await e2e.setConfig({ "bowtie:architecture": acme });
    expect((await e2e.up()).length).toBeGreaterThan(0);
    await converged();
  });

  it("switches back to the default architecture", async () => {
    await e2e.setConfig({ "bowtie:architecture": DEFAULT_ARCHITECTURE_FILE });
    expect((await e2e.up()).length).toBeGreaterThan(0);
    await converged();
  });

  it("and to acme again", async () => {
    await e2e.setConfig({ "bowtie:architecture": acme });
    await e2e.up();
    await converged();
  });
});
