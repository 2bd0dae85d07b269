/**
 * `bowtie drift` as a user (or a scheduled CI job) runs it: the real `bin/bowtie` in a child
 * process, against a stack applied onto both in-process sandboxes. Exit codes 0 / 2 / 1, text,
 * JSON and Markdown reports, and a clear message when a CRM cannot be reached. Each test starts
 * from the state `up` left in both sandboxes, so any one of them can run alone or in any order.
 */
import * as path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addLeadStatusValue, addLifecycleOption, deactivateValidationRule, relabelDealStage } from "../../cli/demo/admin-changes";
import type { DriftItem } from "../../cli/report/drift";
import { startHubSpotSandbox, type HubSpotSandbox } from "../../sandbox/hubspot";
import { startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { hubspotAdmin, hubspotConfig, salesforceAdmin, salesforceConfig, stackProgram, targetsConfig } from "./crm";
import { runBowtie } from "./bowtie-cli";
import { createE2EStack, type E2EStack } from "./harness";

const rogueStatus = { apiName: "Hot_Lead", label: "Hot Lead" };
const rogueOption = { value: "hot_prospect", label: "Hot Prospect" };

/** A stack trace line, as Node prints one: `    at fn (file.ts:12:3)`. */
const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;

/** Puts a sandbox back to a state it had: here, the one `up` left, so each test starts from the applied stack. */
function restore<S extends object>(sandbox: { update(change: (state: S) => void): void }, saved: S): void {
  sandbox.update((state) => {
    for (const key of Object.keys(state)) delete (state as Record<string, unknown>)[key];
    Object.assign(state, structuredClone(saved));
  });
}

describe("bowtie drift (bin/bowtie in a child process) on a stack applied to both sandboxes", () => {
  let e2e: E2EStack;
  let salesforce: SalesforceSandbox;
  let hubspot: HubSpotSandbox;
  let applied: { salesforce: ReturnType<SalesforceSandbox["state"]>; hubspot: ReturnType<HubSpotSandbox["state"]> };

  const drift = (...args: string[]) => runBowtie(e2e, "drift", ...args);
  const hubspotState = () => path.join(e2e.workDir, "hubspot-portal.json");

  /** What an admin changes outside Bowtie: two Salesforce and two HubSpot items. */
  async function changeBothCrmsOutsideBowtie(): Promise<void> {
    await addLeadStatusValue(salesforceAdmin(salesforce), rogueStatus);
    await deactivateValidationRule(salesforceAdmin(salesforce), "Lead.Lifecycle_Forward_Only");
    await addLifecycleOption(hubspotAdmin(hubspot), rogueOption);
    await relabelDealStage(hubspotAdmin(hubspot), "New Business", "Discovery Scheduled", "Demo Booked");
  }

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce", "hubspot") });
    salesforce = await startSalesforceSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "salesforce-org.json") });
    hubspot = await startHubSpotSandbox({ scenario: "messy", stateFile: hubspotState() });
    await e2e.setConfig({ ...salesforceConfig(salesforce), ...hubspotConfig(hubspot) });
    await e2e.up();
    applied = { salesforce: salesforce.state(), hubspot: hubspot.state() };
  });

  beforeEach(() => {
    restore(salesforce, applied.salesforce);
    restore(hubspot, applied.hubspot);
  });

  afterAll(async () => {
    await hubspot?.close();
    await salesforce?.close();
    await e2e?.dispose();
  });

  it("exits 0 and says so when the CRMs match the architecture", async () => {
    const run = await drift();
    expect(run.stdout).toBe("No drift: the CRMs of stack e2e match the architecture.\n");
    expect(run.code).toBe(0);
  });

  it("exits 2 after an admin's changes, and --json names each drifted item", async () => {
    await changeBothCrmsOutsideBowtie();

    const run = await drift("--json");
    expect(run.code, run.stderr).toBe(2);
    const report = JSON.parse(run.stdout) as { stack: string; drift: boolean; count: number; items: DriftItem[] };
    expect(report).toMatchObject({ stack: "e2e", drift: true, count: 4 });
    expect(report.items).toHaveLength(4);
    expect(report.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ crm: "salesforce", object: "LeadStatus picklist values", kind: "added-outside", item: rogueStatus.apiName, live: rogueStatus.label }),
        expect.objectContaining({ crm: "salesforce", object: "Validation rule Lead.Lifecycle_Forward_Only", kind: "changed", field: "active", live: false, declared: true }),
        expect.objectContaining({ crm: "hubspot", object: "contacts.lifecyclestage options", kind: "added-outside", item: rogueOption.value, live: rogueOption.label }),
        expect.objectContaining({ crm: "hubspot", object: "Deal pipeline New Business", kind: "changed", field: "label", live: "Demo Booked", declared: "Discovery Scheduled" }),
      ]),
    );
  });

  it("--markdown renders the drift as a table per CRM; plain text lists it for a person", async () => {
    await changeBothCrmsOutsideBowtie();

    const markdown = await drift("--markdown");
    expect(markdown.code).toBe(2);
    expect(markdown.stdout).toMatch(/^### .*Drift in `e2e`: 4 items/);
    expect(markdown.stdout.match(/^\| object \| item \| what changed \| who fixes \|$/gm)).toHaveLength(2);
    expect(markdown.stdout).toMatch(new RegExp(`^\\| LeadStatus picklist values \\| ${rogueStatus.apiName} \\| .+ \\| Salesforce admin \\|$`, "m"));
    expect(markdown.stdout).toMatch(new RegExp(`^\\| contacts\\.lifecyclestage options \\| ${rogueOption.value} \\| .+ \\| HubSpot super admin \\|$`, "m"));

    const text = await drift();
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("Drift in stack e2e: 4 items differ from the architecture.");
    expect(text.stdout).toContain(`[added-outside] LeadStatus picklist values: "${rogueStatus.label}" (${rogueStatus.apiName})`);
    expect(text.stdout).toContain(`[added-outside] contacts.lifecyclestage options: "${rogueOption.label}" (${rogueOption.value})`);
  });

  it("exits 1 with a clear message and no stack trace when a CRM cannot be reached", async () => {
    // A refresh reads through the provider configuration in the state, so the portal itself must go away.
    const { url, port } = hubspot;
    await hubspot.close();
    try {
      const run = await drift("--json");
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("bowtie drift: the check could not run.");
      // Failing resources are named (the first few; the rest counted), with the address that failed and what to check.
      expect(run.stderr).toMatch(/hs-[a-z-]+: Could not reach HubSpot/);
      expect(run.stderr).toMatch(/…and \d+ more errors like these\./);
      expect(run.stderr).toContain(url.replace("http://", ""));
      expect(run.stderr).toContain("Fix: Check bowtie:hubspotBasePath");
      expect(run.stderr).toMatch(/\[HUBSPOT_UNREACHABLE\]$/m);
      expect(run.stderr).not.toMatch(stackTraceLine);
      expect(run.stderr).not.toContain("bowtie-error");
    } finally {
      hubspot = await startHubSpotSandbox({ scenario: "messy", port, stateFile: hubspotState() });
    }
  });
});
