import { describe, expect, it } from "vitest";
import type { HubSpotPipelineSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { pipelineDescriptor } from "../../../providers/hubspot/pipeline/descriptor";
import { matchStages, pipelineToAdopt, planStages, stagesAsSpec, type LivePipeline } from "../../../providers/hubspot/pipeline/plan";

const live: LivePipeline = {
  id: "7000001",
  label: "Renewals",
  displayOrder: 1,
  stages: [
    { id: "renewal_120_days", label: "120 Days Out", displayOrder: 0, metadata: { probability: "0.3", isClosed: "false" } },
    { id: "901", label: "Renewed", displayOrder: 1, metadata: { probability: "1.0", isClosed: "true" } },
    { id: "902", label: "Proposal", displayOrder: 2, metadata: { probability: "0.6", isClosed: "false" } },
  ],
};

function spec(overrides: Partial<HubSpotPipelineSpec> = {}): HubSpotPipelineSpec {
  return {
    kind: "hubspot:pipeline",
    name: "renewal",
    objectType: "deals",
    label: "Renewal",
    displayOrder: 1,
    stages: [
      { key: "proposal", label: "Renewal Proposal Sent", displayOrder: 0, metadata: { probability: "0.6" } },
      { key: "renewed", label: "renewed", displayOrder: 1, metadata: { probability: "1", isClosed: "true" } },
      { key: "new_stage", label: "New", displayOrder: 2, metadata: { probability: "0.1" } },
    ],
    replacements: [{ from: "renewal_120_days", to: "proposal" }],
    ...overrides,
  };
}

describe("pipeline stage planning", () => {
  it("matches keys by the known map, then id == key, then label", () => {
    expect(matchStages(live.stages, spec().stages, { proposal: "902" })).toEqual({ proposal: "902", renewed: "901" });
    expect(matchStages(live.stages, [{ key: "renewal_120_days", label: "x", displayOrder: 0, metadata: {} }], {})).toEqual({ renewal_120_days: "renewal_120_days" });
  });

  it("adds unmatched keys, updates changed stages and removes unclaimed ones by key or id", () => {
    const plan = planStages(spec(), live, { proposal: "902" });
    expect(plan.add.map((s) => s.key)).toEqual(["new_stage"]);
    expect(plan.update.map((u) => [u.stageId, u.stage.key])).toEqual([["902", "proposal"], ["901", "renewed"]]);
    expect(plan.remove).toEqual([{ key: "renewal_120_days", stageId: "renewal_120_days" }]);
  });

  it("names live stages by key, or by id when no key maps to them", () => {
    expect(stagesAsSpec(live.stages, { proposal: "902" }).map((s) => s.key)).toEqual(["renewal_120_days", "901", "proposal"]);
  });

  it("adopts the pipeline the spec names by id first (e.g. the portal's default), whatever its label and stage ids", () => {
    const defaultPipeline: LivePipeline = { id: "default", label: "Sales Pipeline", displayOrder: 0, stages: [{ id: "appointmentscheduled", label: "Appointment Scheduled", displayOrder: 0, metadata: {} }] };
    expect(pipelineToAdopt([live, defaultPipeline], spec({ pipelineId: "default", label: "Renewals" }))?.id).toBe("default");
    expect(pipelineToAdopt([live], spec({ pipelineId: "default" }))?.id).toBe("7000001");
  });

  it("adopts by label, else by a stage a key or replacement names", () => {
    const other: LivePipeline = { ...live, id: "default", label: "Sales Pipeline", stages: [] };
    expect(pipelineToAdopt([other, live], spec({ label: "RENEWALS" }))?.id).toBe("7000001");
    expect(pipelineToAdopt([other, live], spec())?.id).toBe("7000001");
    expect(pipelineToAdopt([other], spec())).toBeUndefined();
  });

  it("diff(x, x) is empty and probability spelling is not a change", () => {
    const s = spec();
    expect(diffSpec(pipelineDescriptor, s, s).changes).toBe(false);
    const respelled = spec({ stages: s.stages.map((st) => ({ ...st, metadata: { ...st.metadata, probability: Number(st.metadata.probability).toFixed(1) } })) });
    expect(diffSpec(pipelineDescriptor, s, respelled).changes).toBe(false);
    expect(pipelineDescriptor.normalize(pipelineDescriptor.normalize(s))).toEqual(pipelineDescriptor.normalize(s));
  });
});
