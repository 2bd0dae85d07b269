/**
 * `hubspot:pipeline`: a deal or ticket pipeline with its stages. Create adopts an existing pipeline
 * (the kind's `locate`: `pipelineToAdopt`); stages are matched to keys and the key → stage id map is kept in state.
 * Removing a stage that records use needs a replacement; the records move before the stage goes.
 */
import type { HubSpotPipelineSpec } from "../../../specs";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { applyValueChange } from "../../core/values/guard";
import { valueChangeOf } from "../../core/values/holding";
import { openSession, type HubSpotSession } from "../client";
import { addStage, createPipeline, deletePipeline, tryGetPipeline, patchPipeline, removeStage, replaceStage } from "./api";
import { type HubSpotPipelineState } from "./descriptor";
import { planStages, stagesAsSpec, type LivePipeline } from "./plan";
import { countPipelineRecords, pipelineHolding, stageRecords } from "./values";
import { BowtieProviderError } from "../../core/errors";

type Spec = HubSpotPipelineSpec;
type State = HubSpotPipelineState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });

function stateFrom(live: LivePipeline, spec: Spec, stageIds: Record<string, string>): State {
  const liveIds = new Set(live.stages.map((s) => s.id));
  const kept = Object.fromEntries(Object.entries(stageIds).filter(([, id]) => liveIds.has(id)));
  return {
    kind: "hubspot:pipeline",
    name: spec.name,
    objectType: spec.objectType,
    label: live.label,
    displayOrder: live.displayOrder,
    stages: stagesAsSpec(live.stages, kept),
    replacements: spec.replacements,
    pipelineId: live.id,
    stageIds: kept,
  };
}

async function requireLive(session: HubSpotSession, spec: Spec, id: string): Promise<LivePipeline> {
  const live = await tryGetPipeline(session, site(spec), spec.objectType, id);
  if (!live) {
    throw new BowtieProviderError({
      resource: spec.name,
      code: "HUBSPOT_PIPELINE_MISSING",
      message: `The ${spec.objectType} pipeline ${id} no longer exists in HubSpot.`,
      fix: "Run `pulumi refresh` (or `pulumi up --refresh`) so Bowtie recreates it.",
    });
  }
  return live;
}

/**
 * Brings `live` to `spec` with the data-safety sequence: pipeline fields, new and changed stages,
 * record moves, a recount, then removals (each asking HubSpot to refuse if a record is in the stage).
 */
async function apply(session: HubSpotSession, spec: Spec, live: LivePipeline, known: Record<string, string>, ctx: HandlerContext): Promise<State> {
  const at = (field: string) => site(spec, field);
  const stageIds = { ...known };
  let current = live;
  // Holds the pipeline fields and the spec's stages, and of the other stages only those in `keys`.
  const deploy = async (keys: readonly string[]) => {
    const plan = planStages(spec, current, stageIds);
    if (current.label !== spec.label || current.displayOrder !== spec.displayOrder) {
      await patchPipeline(session, at("label"), spec.objectType, live.id, { label: spec.label, displayOrder: spec.displayOrder });
    }
    Object.assign(stageIds, plan.stageIds);
    for (const stage of plan.add) stageIds[stage.key] = await addStage(session, at("stages"), spec.objectType, live.id, stage);
    for (const { stageId, stage } of plan.update) await replaceStage(session, at("stages"), spec.objectType, live.id, stageId, stage);
    for (const { key, stageId } of plan.remove) if (!keys.includes(key)) await removeStage(session, at("stages"), spec.objectType, live.id, stageId);
    current = await requireLive(session, spec, live.id);
  };
  const records = stageRecords(session, spec, live.id, (key) => stageIds[key] ?? key);
  await applyValueChange(valueChangeOf(pipelineHolding, stateFrom(live, spec, known), spec), { records, deploy }, ctx);
  return stateFrom(current, spec, stageIds);
}

export const pipelineHandler: KindHandler<Spec, State> = {
  async create(news, ctx, found) {
    const session = openSession(ctx, site(news));
    if (found) return { id: found.id, outs: await apply(session, news, await requireLive(session, news, found.id), found.state.stageIds, ctx) };
    const created = await createPipeline(session, site(news), news);
    const stageIds = Object.fromEntries(news.stages.map((s) => [s.key, created.stages.find((c) => c.label === s.label)!.id]));
    return { id: created.id, outs: stateFrom(created, news, stageIds) };
  },

  async read(id, olds, ctx) {
    const session = openSession(ctx, site(olds));
    const live = await tryGetPipeline(session, site(olds), olds.objectType, id);
    return live ? stateFrom(live, olds, olds.stageIds ?? {}) : undefined;
  },

  async update(id, olds, news, ctx) {
    const session = openSession(ctx, site(news));
    return apply(session, news, await requireLive(session, news, id), olds.stageIds ?? {}, ctx);
  },

  // Archiving a pipeline drops the stage of every record in it: one that records use is left in
  // HubSpot and no longer managed, like a property in use. HubSpot's own reference check (sent with
  // the archive) covers records the search index does not show yet.
  async delete(id, olds, ctx) {
    const session = openSession(ctx, site(olds));
    const inUse = await countPipelineRecords(session, olds, id);
    if (inUse === 0) {
      try {
        return await deletePipeline(session, site(olds), olds.objectType, id);
      } catch (error) {
        if (!(error instanceof BowtieProviderError && error.code === "HUBSPOT_VALUES_IN_USE")) throw error;
      }
    }
    ctx.emit({ type: "orphaned", resource: olds.name, reason: "in-use", ...(inUse > 0 ? { inUse } : {}) });
  },
};
