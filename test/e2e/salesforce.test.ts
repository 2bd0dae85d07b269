/**
 * The Salesforce story through the real pulumi CLI, the real stack program and the dynamic
 * providers, against the in-process messy sandbox org: migrate, stay clean, detect an admin's
 * changes as drift, restore them, retire a stage safely, keep credentials out of state.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLeadStatusValue, deactivateValidationRule } from "../../cli/demo/admin-changes";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox, type OrgState, type SalesforceSandbox } from "../../sandbox/salesforce";
import { fixtureArchitecture, resourceName, salesforceAdmin, salesforceConfig, stackProgram, summarize, targetsConfig } from "./crm";
import { retiredStage } from "./fixtures/retire-stage";
import { createE2EStack, secretConfigIn, type E2EStack } from "./harness";

type PicklistValue = { fullName: string; isActive?: boolean | string };

const legacyLifecycle = ["Won", "Lost", "Trending Up"];
const legacyLeadStatuses = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted", "Trending Up"];
const legacyOpportunityStages = ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review", "Renewal 120 Days", "Renewal 90 Days", "Renewal 60 Days"];
const rogueStatus = { apiName: "Hot_Lead", label: "Hot Lead" };
const ruleName = "Lead.Lifecycle_Forward_Only";

const records = (org: OrgState, object: string) => org.records[object] ?? [];
const carrying = (org: OrgState, object: string, field: string, values: readonly string[]) =>
  records(org, object).filter((r) => values.includes(String(r[field])));
const standardValue = (org: OrgState, set: string, name: string) =>
  ([] as PicklistValue[]).concat((org.metadata.StandardValueSet?.[set]?.standardValue as PicklistValue[] | undefined) ?? []).find((v) => v.fullName === name);
const isActive = (value: PicklistValue | undefined) => value !== undefined && String(value.isActive ?? true) !== "false";
const rule = (org: OrgState) => org.metadata.ValidationRule?.[ruleName] as { active?: boolean | string } | undefined;

describe("Salesforce: the default architecture onto the messy org, through the pulumi CLI", () => {
  let e2e: E2EStack;
  let sandbox: SalesforceSandbox;

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("salesforce") });
    sandbox = await startSalesforceSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "salesforce-org.json") });
    await e2e.setConfig(salesforceConfig(sandbox));
  });

  afterAll(async () => {
    await sandbox?.close();
    await e2e?.dispose();
  });

  it("up migrates the messy org's records onto the architecture's values", async () => {
    const before = sandbox.state();
    expect(carrying(before, "Lead", "Lifecycle_Stage__c", ["Trending Up"]).length).toBeGreaterThan(0);
    expect(carrying(before, "Opportunity", "StageName", legacyOpportunityStages).length).toBeGreaterThan(0);

    const changes = await e2e.up();
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.op === "create")).toBe(true);
    expect(changes.map((c) => resourceName(c.urn))).toEqual(expect.arrayContaining(["sf-value-set-lead-status", "sf-value-set-opportunity-stage", "sf-rule-lead-lifecycle-forward-only"]));

    const after = sandbox.state();
    for (const object of ["Lead", "Contact", "Account"]) {
      expect(carrying(after, object, "Lifecycle_Stage__c", legacyLifecycle), `${object} on a retired lifecycle value`).toEqual([]);
      expect(records(after, object)).toHaveLength(records(before, object).length);
    }
    expect(carrying(after, "Lead", "Status", legacyLeadStatuses)).toEqual([]);
    expect(carrying(after, "Opportunity", "StageName", legacyOpportunityStages)).toEqual([]);
    expect(records(after, "Opportunity")).toHaveLength(records(before, "Opportunity").length);
    // Retired values stay in the org, inactive (Salesforce never deletes picklist values).
    expect(isActive(standardValue(after, "LeadStatus", "Trending Up"))).toBe(false);
    expect(isActive(standardValue(after, "OpportunityStage", "Renewal 90 Days"))).toBe(false);
    expect(String(rule(after)?.active)).toBe("true");
  });

  it("a second preview shows no changes", async () => {
    expect(await e2e.preview()).toEqual([]);
    await e2e.expectNoDrift();
  });

  it("a LeadStatus value added and a validation rule deactivated by another client are drift", async () => {
    await addLeadStatusValue(salesforceAdmin(sandbox), rogueStatus);
    await deactivateValidationRule(salesforceAdmin(sandbox), ruleName);
    expect(isActive(standardValue(sandbox.state(), "LeadStatus", rogueStatus.apiName))).toBe(true);
    expect(String(rule(sandbox.state())?.active)).toBe("false");

    expect(summarize(await e2e.preview({ refresh: true }))).toEqual(["update sf-rule-lead-lifecycle-forward-only [active]", "update sf-value-set-lead-status [values]"]);
    await expect(e2e.expectNoDrift()).rejects.toThrow(/no changes were expected/);
  });

  it("up --refresh restores them", async () => {
    expect(summarize(await e2e.up({ refresh: true }))).toEqual(["update sf-rule-lead-lifecycle-forward-only [active]", "update sf-value-set-lead-status [values]"]);
    const org = sandbox.state();
    expect(String(rule(org)?.active)).toBe("true");
    expect(isActive(standardValue(org, "LeadStatus", rogueStatus.apiName))).toBe(false);
    await e2e.expectNoDrift();
  });

  it("retiring a stage that records use, without a replacement, fails the preview with the record count", async () => {
    const inUse = carrying(sandbox.state(), "Opportunity", "StageName", [retiredStage.salesforce]).length;
    expect(inUse).toBeGreaterThan(0);
    await e2e.setConfig({ "bowtie:architecture": fixtureArchitecture("retire-stage-unreplaced.ts") });
    const failure = e2e.preview();
    await expect(failure).rejects.toThrow(`"${retiredStage.salesforce}" (${inUse} Opportunity record${inUse === 1 ? "" : "s"})`);
    await expect(failure).rejects.toThrow(/replacement/);
    expect(carrying(sandbox.state(), "Opportunity", "StageName", [retiredStage.salesforce])).toHaveLength(inUse);
  });

  it("retiring it with a replacement moves its records and deactivates it", async () => {
    const before = sandbox.state();
    const moving = carrying(before, "Opportunity", "StageName", [retiredStage.salesforce]).map((r) => r.Id);
    const alreadyThere = carrying(before, "Opportunity", "StageName", [retiredStage.replacement.salesforce]).length;
    await e2e.setConfig({ "bowtie:architecture": fixtureArchitecture("retire-stage.ts") });

    const changes = summarize(await e2e.up());
    expect(changes).toContain("update sf-value-set-opportunity-stage [replacements, values]");
    const after = sandbox.state();
    expect(carrying(after, "Opportunity", "StageName", [retiredStage.salesforce])).toEqual([]);
    const moved = carrying(after, "Opportunity", "StageName", [retiredStage.replacement.salesforce]);
    expect(moved).toHaveLength(alreadyThere + moving.length);
    expect(moved.map((r) => r.Id)).toEqual(expect.arrayContaining(moving));
    expect(isActive(standardValue(after, "OpportunityStage", retiredStage.salesforce))).toBe(false);
    await e2e.expectNoDrift();
  });

  it("neither the state (exported or at rest) nor the stack config holds a credential in plain text", async () => {
    const exported = await e2e.exportState();
    expect(exported).toContain("sf-value-set-lead-status");
    expect(secretConfigIn(exported, "bowtie:salesforcePassword")).toEqual({ ciphertext: expect.any(String) });
    const atRest = e2e.stateAtRest();
    expect(atRest.length).toBeGreaterThan(0);
    const config = fs.readFileSync(path.join(e2e.workDir, "Pulumi.e2e.yaml"), "utf8");
    expect(config).toContain("bowtie:salesforcePassword");
    for (const secret of [creds.password, creds.clientSecret]) {
      for (const text of [exported, config, ...atRest]) expect(text).not.toContain(secret);
    }
  });
});
