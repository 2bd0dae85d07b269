/**
 * `hubspot:pipeline`: a deal or ticket pipeline with its stages. Create adopts an existing pipeline
 * (see `pipelineToAdopt`); stages are matched to keys and the key → stage id map is kept in state.
 * Removing a stage that records use needs a replacement; the records move before the stage goes.
 */
import type { HubSpotPipelineSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { checkWith } from "../check";
import { openSession, type HubSpotSession } from "../client";
import { countByValue, moveRecords } from "../records";
import { logPlannedMoves, planRetirements, valuesInUseError, type RetirementPlan } from "../retirement";
import { addStage, createPipeline, deletePipeline, getPipeline, listPipelines, patchPipeline, removeStage, replaceStage } from "./api";
import { pipelineDescriptor, type HubSpotPipelineState } from "./descriptor";
import { pipelineToAdopt, planStages, stagesAsSpec, type LivePipeline, type StagePlan } from "./plan";
import { pipelineSchema } from "./schema";
import { BowtieProviderError } from "../../core/errors";

type Spec = HubSpotPipelineSpec;
type State = HubSpotPipelineState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });

/** The record properties that hold a record's pipeline and stage. */
const recordFields = {
  deals: { pipeline: "pipeline", stage: "dealstage" },
  tickets: { pipeline: "hs_pipeline", stage: "hs_pipeline_stage" },
} as const;

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
  const live = await getPipeline(session, site(spec), spec.objectType, id);
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

/** Counts the records in each stage to be removed; throws when one has records and no replacement. */
async function safeRetirement(session: HubSpotSession, spec: Spec, live: LivePipeline, plan: StagePlan): Promise<RetirementPlan> {
  const fields = recordFields[spec.objectType];
  const byStage = await countByValue(session, site(spec, "stages"), spec.objectType, fields.stage, plan.remove.map((r) => r.stageId), { [fields.pipeline]: live.id });
  const usage = new Map(plan.remove.filter((r) => byStage.has(r.stageId)).map((r) => [r.key, byStage.get(r.stageId)!]));
  const retirement = planRetirements(usage, spec.replacements);
  if (retirement.blocked.length > 0) {
    throw valuesInUseError({
      resource: spec.name,
      field: "stages",
      noun: `${spec.objectType === "deals" ? "deal" : "ticket"} stage`,
      recordNoun: spec.objectType,
      blocked: retirement.blocked,
      suggestedTarget: spec.stages[0]?.key,
    });
  }
  return retirement;
}

const announce = (spec: Spec, plan: RetirementPlan, ctx: HandlerContext) => logPlannedMoves(ctx.log, spec.name, spec.objectType, plan, (key) => `stage ${key}`);

/** Brings `live` to `spec`: pipeline fields, new stages, changed stages, record moves, then removals. */
async function apply(session: HubSpotSession, spec: Spec, live: LivePipeline, known: Record<string, string>, ctx: HandlerContext): Promise<State> {
  const plan = planStages(spec, live, known);
  const retirement = await safeRetirement(session, spec, live, plan);
  const at = (field: string) => site(spec, field);
  if (live.label !== spec.label || live.displayOrder !== spec.displayOrder) {
    await patchPipeline(session, at("label"), spec.objectType, live.id, { label: spec.label, displayOrder: spec.displayOrder });
  }
  const stageIds = { ...plan.stageIds };
  for (const stage of plan.add) stageIds[stage.key] = await addStage(session, at("stages"), spec.objectType, live.id, stage);
  for (const { stageId, stage } of plan.update) await replaceStage(session, at("stages"), spec.objectType, live.id, stageId, stage);
  const fields = recordFields[spec.objectType];
  for (const move of retirement.migrations) {
    const from = plan.remove.find((r) => r.key === move.from)!.stageId;
    const moved = await moveRecords(session, at("replacements"), spec.objectType, { [fields.pipeline]: live.id, [fields.stage]: from }, { [fields.stage]: stageIds[move.to]! });
    ctx.log(`${spec.name}: moved ${moved} ${spec.objectType} from stage ${move.from} to ${move.to}`);
  }
  for (const { stageId } of plan.remove) await removeStage(session, at("stages"), spec.objectType, live.id, stageId);
  return stateFrom(await requireLive(session, spec, live.id), spec, stageIds);
}

export const pipelineHandler: KindHandler<Spec, State> = {
  descriptor: pipelineDescriptor,

  check: (news) => checkWith(pipelineSchema, news),

  async preflightCreate(news, ctx) {
    const session = openSession(ctx, site(news));
    const existing = pipelineToAdopt(await listPipelines(session, site(news), news.objectType), news);
    if (existing) announce(news, await safeRetirement(session, news, existing, planStages(news, existing, {})), ctx);
  },

  async diff(id, olds, news, ctx) {
    const result = diffSpec(pipelineDescriptor, olds, news);
    if (result.changes && result.replaces.length === 0) {
      const session = openSession(ctx, site(news));
      const live = await getPipeline(session, site(news), news.objectType, id);
      if (live) announce(news, await safeRetirement(session, news, live, planStages(news, live, olds.stageIds ?? {})), ctx);
    }
    return { changes: result.changes, replaces: result.replaces, changed: result.changed };
  },

  async create(news, ctx) {
    const session = openSession(ctx, site(news));
    const existing = pipelineToAdopt(await listPipelines(session, site(news), news.objectType), news);
    if (existing) {
      ctx.log(`${news.name}: adopting the existing ${news.objectType} pipeline "${existing.label}" (${existing.id})`);
      return { id: existing.id, outs: await apply(session, news, existing, {}, ctx) };
    }
    const created = await createPipeline(session, site(news), news);
    const stageIds = Object.fromEntries(news.stages.map((s) => [s.key, created.stages.find((c) => c.label === s.label)!.id]));
    return { id: created.id, outs: stateFrom(created, news, stageIds) };
  },

  async read(id, olds, ctx) {
    const session = openSession(ctx, site(olds));
    const live = await getPipeline(session, site(olds), olds.objectType, id);
    return live ? stateFrom(live, olds, olds.stageIds ?? {}) : undefined;
  },

  async update(id, olds, news, ctx) {
    const session = openSession(ctx, site(news));
    return apply(session, news, await requireLive(session, news, id), olds.stageIds ?? {}, ctx);
  },

  async delete(id, olds, ctx) {
    await deletePipeline(openSession(ctx, site(olds)), site(olds), olds.objectType, id);
  },
};
