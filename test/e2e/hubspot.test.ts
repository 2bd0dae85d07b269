/**
 * The HubSpot story through the real pulumi CLI, the real stack program and the dynamic providers,
 * against the in-process messy sandbox portal: migrate, stay clean, detect an admin's changes as
 * drift, restore them, retire a deal stage safely, keep the token out of state.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLifecycleOption, relabelDealStage } from "../../cli/demo/admin-changes";
import { defaultDealPipelineId, hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox, type PortalState } from "../../sandbox/hubspot";
import { fixtureArchitecture, hubspotAdmin, hubspotConfig, stackProgram, summarize, targetsConfig } from "./crm";
import { retiredStage } from "./fixtures/retire-stage";
import { createE2EStack, secretConfigIn, type E2EStack } from "./harness";

type ObjectType = keyof PortalState["records"];

const rogueLifecycle = ["won", "lost", "trending_up"];
const legacyDealStages = ["presentationscheduled", "decisionmakerboughtin", "contractsent"];
const rogueOption = { value: "hot_prospect", label: "Hot Prospect" };
const relabel = { pipeline: "New Business", from: "Discovery Scheduled", to: "Demo Booked" };

const carrying = (portal: PortalState, objectType: ObjectType, property: string, values: readonly string[], where: Record<string, string> = {}) =>
  portal.records[objectType].filter(
    (r) => values.includes(r.properties[property] ?? "") && Object.entries(where).every(([key, value]) => r.properties[key] === value),
  );
const options = (portal: PortalState, objectType: ObjectType, property: string) =>
  portal.properties[objectType].find((p) => p.name === property)!.options.map((o) => o.value);
const newBusiness = (portal: PortalState) => portal.pipelines.deals.find((p) => p.id === defaultDealPipelineId)!;
const stageLabels = (portal: PortalState) =>
  newBusiness(portal).stages.filter((s) => !s.archived).sort((a, b) => a.displayOrder - b.displayOrder).map((s) => s.label);
/** HubSpot gives stages it creates ids of its own: the live id of the New Business stage labelled `label`. */
const stageId = (portal: PortalState, label: string) => newBusiness(portal).stages.find((s) => !s.archived && s.label === label)!.id;
const dealsOn = (portal: PortalState, stageIds: readonly string[]) => carrying(portal, "deals", "dealstage", stageIds, { pipeline: defaultDealPipelineId });

describe("HubSpot: the default architecture onto the messy portal, through the pulumi CLI", () => {
  let e2e: E2EStack;
  let sandbox: HubSpotSandbox;
  /** A snapshot of the portal. */
  const portal = () => sandbox.state();

  beforeAll(async () => {
    e2e = await createE2EStack({ program: stackProgram, config: targetsConfig("hubspot") });
    sandbox = await startHubSpotSandbox({ scenario: "messy", stateFile: path.join(e2e.workDir, "hubspot-portal.json") });
    await e2e.setConfig(hubspotConfig(sandbox));
  });

  afterAll(async () => {
    await sandbox?.close();
    await e2e?.dispose();
  });

  it("up migrates the messy portal's records onto the architecture's values", async () => {
    const before = portal();
    expect(carrying(before, "contacts", "lifecyclestage", rogueLifecycle).length).toBeGreaterThan(0);
    expect(dealsOn(before, legacyDealStages).length).toBeGreaterThan(0);

    const changes = await e2e.up();
    expect(changes.every((c) => c.op === "create")).toBe(true);
    expect(summarize(changes)).toEqual(expect.arrayContaining(["create hs-options-contacts-lifecyclestage", "create hs-pipeline-deals-new-business"]));

    const after = portal();
    for (const objectType of ["contacts", "companies"] as const) {
      expect(carrying(after, objectType, "lifecyclestage", rogueLifecycle), `${objectType} on a rogue lifecycle stage`).toEqual([]);
      expect(after.records[objectType]).toHaveLength(before.records[objectType].length);
      for (const rogue of rogueLifecycle) expect(options(after, objectType, "lifecyclestage")).not.toContain(rogue);
    }
    expect(dealsOn(after, legacyDealStages)).toEqual([]);
    expect(after.records.deals).toHaveLength(before.records.deals.length);
    expect(stageLabels(after)).toEqual(["Discovery Scheduled", "Opportunity Accepted", "Evaluation Started", "Proposal Sent", "Closed Won", "Closed Lost"]);
  });

  it("a second preview shows no changes", async () => {
    expect(await e2e.preview()).toEqual([]);
    await e2e.expectNoDrift();
  });

  it("a lifecycle option added and a deal stage relabelled by another client are drift", async () => {
    await addLifecycleOption(hubspotAdmin(sandbox), rogueOption);
    await relabelDealStage(hubspotAdmin(sandbox), relabel.pipeline, relabel.from, relabel.to);
    expect(options(portal(), "contacts", "lifecyclestage")).toContain(rogueOption.value);
    expect(stageLabels(portal())).toContain(relabel.to);

    expect(summarize(await e2e.preview({ refresh: true }))).toEqual(["update hs-options-contacts-lifecyclestage [options]", "update hs-pipeline-deals-new-business [stages]"]);
    await expect(e2e.expectNoDrift()).rejects.toThrow(/no changes were expected/);
  });

  it("up --refresh restores them", async () => {
    expect(summarize(await e2e.up({ refresh: true }))).toEqual(["update hs-options-contacts-lifecyclestage [options]", "update hs-pipeline-deals-new-business [stages]"]);
    const restored = portal();
    expect(options(restored, "contacts", "lifecyclestage")).not.toContain(rogueOption.value);
    expect(stageLabels(restored)).toContain(relabel.from);
    expect(stageLabels(restored)).not.toContain(relabel.to);
    await e2e.expectNoDrift();
  });

  it("retiring a deal stage that records use, without a replacement, fails the preview with the record count", async () => {
    const inUse = dealsOn(portal(), [retiredStage.hubspot]).length;
    expect(inUse).toBeGreaterThan(0);
    await e2e.setConfig({ "bowtie:architecture": fixtureArchitecture("retire-stage-unreplaced.ts") });
    const failure = e2e.preview();
    await expect(failure).rejects.toThrow(`"${retiredStage.hubspot}" (${inUse} deals)`);
    await expect(failure).rejects.toThrow(/replacements/);
    expect(dealsOn(portal(), [retiredStage.hubspot])).toHaveLength(inUse);
  });

  it("retiring it with a replacement moves its deals and removes the stage", async () => {
    const before = portal();
    const moving = dealsOn(before, [retiredStage.hubspot]).map((r) => r.id);
    const replacementId = stageId(before, retiredStage.replacement.label);
    const alreadyThere = dealsOn(before, [replacementId]).length;
    await e2e.setConfig({ "bowtie:architecture": fixtureArchitecture("retire-stage.ts") });

    const applied = summarize(await e2e.up());
    expect(applied).toContain("update hs-pipeline-deals-new-business [replacements, stages]");
    const after = portal();
    expect(dealsOn(after, [retiredStage.hubspot])).toEqual([]);
    const moved = dealsOn(after, [replacementId]);
    expect(moved).toHaveLength(alreadyThere + moving.length);
    expect(moved.map((r) => r.id)).toEqual(expect.arrayContaining(moving));
    expect(newBusiness(after).stages.filter((s) => !s.archived).map((s) => s.id)).not.toContain(retiredStage.hubspot);
    expect(stageLabels(after)).not.toContain(retiredStage.label);
    await e2e.expectNoDrift();
  });

  it("neither the state (exported or at rest) nor the stack config holds the token in plain text", async () => {
    const exported = await e2e.exportState();
    expect(exported).toContain("hs-options-contacts-lifecyclestage");
    expect(secretConfigIn(exported, "bowtie:hubspotToken")).toEqual({ ciphertext: expect.any(String) });
    const atRest = e2e.stateAtRest();
    expect(atRest.length).toBeGreaterThan(0);
    const config = fs.readFileSync(path.join(e2e.workDir, "Pulumi.e2e.yaml"), "utf8");
    expect(config).toContain("bowtie:hubspotToken");
    for (const text of [exported, config, ...atRest]) expect(text).not.toContain(hubspotSandboxToken);
  });
});
