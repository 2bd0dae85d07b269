/**
 * Pure planning for a pipeline's stages. HubSpot assigns stage ids; the spec names stages by key.
 * The state keeps key → id, so a relabel is an update. Unknown live stages are named by their id.
 */
import { isDeepStrictEqual } from "node:util";
import type { HubSpotPipelineSpec, HubSpotPipelineStageSpec } from "../../../specs";
import { normalizeStage } from "./descriptor";

export interface LiveStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
}

export interface LivePipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: LiveStage[];
}

/**
 * Assigns live stage ids to spec keys: the known map first (if the stage still exists), then a
 * stage whose id equals the key, then an unclaimed stage with the same label (case-insensitive).
 */
export function matchStages(live: readonly LiveStage[], desired: readonly HubSpotPipelineStageSpec[], known: Record<string, string>): Record<string, string> {
  const claimed = new Set<string>();
  const ids: Record<string, string> = {};
  const claim = (key: string, stage: LiveStage | undefined) => {
    if (!stage || claimed.has(stage.id) || ids[key]) return;
    ids[key] = stage.id;
    claimed.add(stage.id);
  };
  for (const s of desired) claim(s.key, live.find((l) => l.id === known[s.key]));
  for (const s of desired) claim(s.key, live.find((l) => l.id === s.key));
  for (const s of desired) claim(s.key, live.find((l) => !claimed.has(l.id) && l.label.toLowerCase() === s.label.toLowerCase()));
  return ids;
}

/** The live stages in the spec's shape: each named by its key, or by its id when no key maps to it. */
export function stagesAsSpec(live: readonly LiveStage[], stageIds: Record<string, string>): HubSpotPipelineStageSpec[] {
  const keyOf = new Map(Object.entries(stageIds).map(([key, id]) => [id, key]));
  return [...live]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((s) => ({ key: keyOf.get(s.id) ?? s.id, label: s.label, displayOrder: s.displayOrder, metadata: s.metadata }));
}

export interface StagePlan {
  /** Key → live stage id for the desired stages that already exist. */
  stageIds: Record<string, string>;
  add: HubSpotPipelineStageSpec[];
  update: Array<{ stageId: string; stage: HubSpotPipelineStageSpec }>;
  /** Live stages the spec no longer has, named as in `stagesAsSpec`. */
  remove: Array<{ key: string; stageId: string }>;
}

export function planStages(spec: HubSpotPipelineSpec, live: LivePipeline, known: Record<string, string>): StagePlan {
  const stageIds = matchStages(live.stages, spec.stages, known);
  const add = spec.stages.filter((s) => !stageIds[s.key]);
  const update = spec.stages
    .filter((s) => stageIds[s.key])
    .map((stage) => ({ stageId: stageIds[stage.key]!, stage }))
    .filter(({ stageId, stage }) => {
      const current = live.stages.find((l) => l.id === stageId)!;
      const asSpec = { key: stage.key, label: current.label, displayOrder: current.displayOrder, metadata: current.metadata };
      return !isDeepStrictEqual(normalizeStage(spec.objectType, asSpec), normalizeStage(spec.objectType, stage));
    });
  const kept = new Set(Object.values(stageIds));
  const keyOf = new Map(Object.entries(known).map(([key, id]) => [id, key]));
  const remove = live.stages.filter((l) => !kept.has(l.id)).map((l) => ({ key: keyOf.get(l.id) ?? l.id, stageId: l.id }));
  return { stageIds, add, update, remove };
}

/** The live stages in live order, each named as `planStages` names it: the key it is matched to, else its known key, else its id. */
export function liveStageKeys(spec: HubSpotPipelineSpec, live: LivePipeline, known: Record<string, string>): string[] {
  const plan = planStages(spec, live, known);
  const keyOf = new Map([...plan.remove.map((r) => [r.stageId, r.key] as const), ...Object.entries(plan.stageIds).map(([key, id]) => [id, key] as const)]);
  return live.stages.map((s) => keyOf.get(s.id) ?? s.id);
}

/**
 * Which existing pipeline a new spec adopts, whatever its stage ids: the one whose id the spec names
 * (`pipelineId`, e.g. `default`, the portal's default pipeline), else the one with the same label
 * (case-insensitive), else the one holding a stage whose id is one of the spec's keys or retired
 * values (`replacements.from`). Its stages are then matched to keys by `matchStages`.
 */
export function pipelineToAdopt(pipelines: readonly LivePipeline[], spec: HubSpotPipelineSpec): LivePipeline | undefined {
  const byId = spec.pipelineId === undefined ? undefined : pipelines.find((p) => p.id === spec.pipelineId);
  if (byId) return byId;
  const byLabel = pipelines.find((p) => p.label.toLowerCase() === spec.label.toLowerCase());
  if (byLabel) return byLabel;
  const ids = new Set([...spec.stages.map((s) => s.key), ...spec.replacements.map((r) => r.from)]);
  return pipelines.find((p) => p.stages.some((s) => ids.has(s.id)));
}
