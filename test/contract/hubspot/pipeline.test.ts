import { describe, expect, it } from "vitest";
import { pipelineHandler as handler } from "../../../providers/hubspot/pipeline/handler";
import type { HubSpotPipelineSpec } from "../../../specs";
import { defaultDealPipelineId, legacyRenewalsPipelineId, recordCounts } from "../../../sandbox/hubspot";
import { rejectionOf, renewalPipelineSpec, renewalReplacements, successPipelineSpec, useSandbox } from "./harness";
import { pipelineKind } from "../../../providers/hubspot/pipeline";
import { createKind, diffKind } from "../../../providers/operations";

describe("hubspot:pipeline against the sandbox", () => {
  const h = useSandbox();

  it("creates a ticket pipeline, keeps the key → stage id map, and reads back the spec", async () => {
    const spec = successPipelineSpec();
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    expect(Object.keys(outs.stageIds)).toEqual(["pre_onboarding", "onboarding", "early_adoption"]);
    expect(Object.values(outs.stageIds).every((stageId) => /^\d+$/.test(stageId))).toBe(true);
    const live = await handler.read(id, outs, h.ctx);
    expect((await diffKind(pipelineKind, id, live!, spec, h.ctx)).changes).toBe(false);
  });

  it("reports a stage relabelled by another user as drift, and update restores it under the same id", async () => {
    const spec = successPipelineSpec();
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    const stageId = outs.stageIds.onboarding!;
    await h.other.crm.pipelines.pipelineStagesApi.update("tickets", id, stageId, { label: "Onboarding (legacy)", metadata: { ticketState: "OPEN" } });
    const drifted = (await handler.read(id, outs, h.ctx))!;
    expect(drifted.stages.find((s) => s.key === "onboarding")!.label).toBe("Onboarding (legacy)");
    expect(await diffKind(pipelineKind, id, drifted, spec, h.ctx)).toMatchObject({ changes: true, replaces: [], changed: ["stages"] });
    const restored = await handler.update(id, drifted, spec, h.ctx);
    expect(restored.stageIds.onboarding).toBe(stageId);
    expect(restored.stages.find((s) => s.key === "onboarding")!.label).toBe("Onboarding Completed");
  });

  it("adopts a pipeline by label, and refuses to retire its 120/90/60-day stages without replacements", async () => {
    const error = await rejectionOf(createKind(pipelineKind, renewalPipelineSpec({ label: "renewals" }), h.ctx));
    expect(error.code).toBe("VALUES_IN_USE");
    expect(error.message).toContain('"renewal_120_days" (2 deals), "renewal_90_days" (2 deals), "renewal_60_days" (2 deals)');
  });

  it("adopts the legacy Renewals pipeline, moves its deals, and leaves none on a retired stage", async () => {
    const spec = renewalPipelineSpec({ replacements: renewalReplacements });
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    expect(id).toBe(legacyRenewalsPipelineId);
    expect(outs.label).toBe("Renewal");
    expect(outs.stageIds).toMatchObject({ renewed: "renewal_closed_won", churned: "renewal_closed_lost" });
    const counts = recordCounts(h.sandbox.state(), "deals", "dealstage");
    for (const retired of ["renewal_120_days", "renewal_90_days", "renewal_60_days"]) expect(counts[retired] ?? 0).toBe(0);
    expect(counts[outs.stageIds.renewal_planning!]).toBe(4);
    expect(counts[outs.stageIds.renewal_proposal!]).toBe(2);
    expect((await diffKind(pipelineKind, id, (await handler.read(id, outs, h.ctx))!, spec, h.ctx)).changes).toBe(false);
  });

  it("fails the preview when a stage added in HubSpot holds deals and the spec has no replacement for it", async () => {
    const spec = renewalPipelineSpec({ replacements: renewalReplacements });
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    const rogue = await h.other.crm.pipelines.pipelineStagesApi.create("deals", id, { label: "Trending Up", displayOrder: 9, metadata: { probability: "0.5" } });
    await h.other.crm.objects.basicApi.update("deals", "305", { properties: { pipeline: id, dealstage: rogue.id } });
    const drifted = (await handler.read(id, outs, h.ctx))!;
    expect(drifted.stages.map((s) => s.key)).toContain(rogue.id);
    const error = await rejectionOf(diffKind(pipelineKind, id, drifted, spec, h.ctx));
    expect(error.message).toContain(`"${rogue.id}" (1 deals)`);
    const moved = await handler.update(id, drifted, { ...spec, replacements: [...renewalReplacements, { from: rogue.id, to: "renewal_proposal" }] }, h.ctx);
    expect(moved.stages.map((s) => s.key)).not.toContain(rogue.id);
  });

  it("leaves a pipeline deals still use in HubSpot and stops managing it, and deletes an empty one", async () => {
    const renewal = await createKind(pipelineKind, renewalPipelineSpec({ replacements: renewalReplacements }), h.ctx);
    await handler.delete(renewal.id, renewal.outs, h.ctx);
    expect(await handler.read(renewal.id, renewal.outs, h.ctx)).toBeDefined();
    expect(h.events).toContainEqual({ type: "orphaned", resource: renewal.outs.name, reason: "in-use", inUse: expect.any(Number) });
    const success = await createKind(pipelineKind, successPipelineSpec(), h.ctx);
    await handler.delete(success.id, success.outs, h.ctx);
    expect(await handler.read(success.id, success.outs, h.ctx)).toBeUndefined();
  });

  const newBusiness = (adoption: { pipelineId?: string; label: string }): HubSpotPipelineSpec => ({
    kind: "hubspot:pipeline",
    name: "hs-pipeline-deals-new-business",
    objectType: "deals",
    ...adoption,
    displayOrder: 0,
    stages: [
      { key: "discovery", label: "Discovery Held", displayOrder: 0, metadata: { probability: "0.2" } },
      { key: "proposal", label: "Proposal Out", displayOrder: 1, metadata: { probability: "0.7" } },
      { key: "won", label: "Won It", displayOrder: 2, metadata: { probability: "1.0", isClosed: "true" } },
      { key: "lost", label: "Lost It", displayOrder: 3, metadata: { probability: "0.0", isClosed: "true" } },
    ],
    replacements: [
      { from: "appointmentscheduled", to: "discovery" },
      { from: "qualifiedtobuy", to: "discovery" },
      { from: "contractsent", to: "proposal" },
      { from: "closedwon", to: "won" },
    ],
  });

  it.each([
    ["its id (hubspot: \"default\")", { pipelineId: defaultDealPipelineId, label: "New Business" }],
    ["its label", { label: "sales pipeline" }],
  ])("adopts the portal's default pipeline by %s whatever its stage ids, and moves its 8 deals onto the new stages", async (_how, adoption) => {
    const spec = newBusiness(adoption);
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    expect(id).toBe(defaultDealPipelineId);
    expect(h.sandbox.state().pipelines.deals.filter((p) => !p.archived)).toHaveLength(2);
    const deals = h.sandbox.state().records.deals.filter((d) => d.properties.pipeline === defaultDealPipelineId);
    expect(deals).toHaveLength(8);
    const stageIds = new Set(Object.values(outs.stageIds));
    expect(deals.every((d) => stageIds.has(d.properties.dealstage!))).toBe(true);
    expect(deals.filter((d) => d.properties.dealstage === outs.stageIds.discovery)).toHaveLength(4);
    expect((await diffKind(pipelineKind, id, (await handler.read(id, outs, h.ctx))!, spec, h.ctx)).changes).toBe(false);
  });

  it("treats a change of object type as a replacement", async () => {
    const spec = successPipelineSpec();
    const { id, outs } = await createKind(pipelineKind, spec, h.ctx);
    expect((await diffKind(pipelineKind, id, outs, { ...spec, objectType: "deals" }, h.ctx)).replaces).toEqual(["objectType"]);
  });
});
