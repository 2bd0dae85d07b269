import type { HubSpotPipelineSpec } from "../../../specs";
import { pipelineSchema } from "../../../specs/hubspot/pipeline";
import type { KindDefinition } from "../../core/kind";
import { openSession } from "../client";
import { listPipelines } from "./api";
import { pipelineDescriptor, type HubSpotPipelineState } from "./descriptor";
import { pipelineHandler } from "./handler";
import { matchStages, pipelineToAdopt } from "./plan";
import { pipelineHolding } from "./values";

/** `hubspot:pipeline`: a deal or ticket pipeline; adopted by id (`pipelineId`), label or stage ids, its stages matched to keys. */
export const pipelineKind: KindDefinition<HubSpotPipelineSpec, HubSpotPipelineState> = {
  kind: "hubspot:pipeline",
  schema: pipelineSchema,
  token: { module: "hubspot", type: "Pipeline" },
  descriptor: pipelineDescriptor,
  handler: pipelineHandler,
  report: {
    title: (s) => `${s.objectType === "deals" ? "Deal" : "Ticket"} pipeline ${s.label}`,
    items: (s) => s.stages.map((stage) => ({ ...stage, key: stage.key, label: stage.label })),
    owner: "HubSpot super admin",
    deleteImpact: () => "destroy",
  },
  async locate(spec, ctx) {
    const site = { resource: spec.name };
    const live = pipelineToAdopt(await listPipelines(openSession(ctx, site), site, spec.objectType), spec);
    if (!live) return undefined;
    const adopted: HubSpotPipelineState = { ...spec, pipelineId: live.id, stageIds: matchStages(live.stages, spec.stages, {}) };
    const state = await pipelineHandler.read(live.id, adopted, ctx);
    return state && { id: live.id, state };
  },
  foundational: true,
  values: pipelineHolding,
};
