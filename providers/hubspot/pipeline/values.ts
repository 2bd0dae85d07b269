/** `hubspot:pipeline` as a value-holding kind of the data-safety engine: stages by key. */
import type { HubSpotPipelineSpec } from "../../../specs";
import type { ValueHolding } from "../../core/values/holding";
import type { RecordMover } from "../../core/values/port";
import { openSession, type HubSpotSession } from "../client";
import { countRecords, valueRecords } from "../records";
import type { HubSpotPipelineState } from "./descriptor";
import { liveStageKeys, type LivePipeline } from "./plan";

type Spec = HubSpotPipelineSpec;

/** The record properties that hold a record's pipeline and stage. */
const recordFields = {
  deals: { pipeline: "pipeline", stage: "dealstage" },
  tickets: { pipeline: "hs_pipeline", stage: "hs_pipeline_stage" },
} as const;

/** How many records search finds in the pipeline (any stage). */
export function countPipelineRecords(session: HubSpotSession, spec: Spec, pipelineId: string): Promise<number> {
  return countRecords(session, { resource: spec.name }, spec.objectType, { [recordFields[spec.objectType].pipeline]: pipelineId });
}

/**
 * The records of one pipeline, by stage. `idOf` gives a stage key's stage id; it is asked at each
 * call, so a stage added while records move is found.
 */
export function stageRecords(session: HubSpotSession, spec: Spec, pipelineId: string, idOf: (key: string) => string): RecordMover {
  const fields = recordFields[spec.objectType];
  return valueRecords(session, { site: { resource: spec.name, field: "stages" }, objectType: spec.objectType, property: fields.stage, scope: { [fields.pipeline]: pipelineId }, idOf });
}

/** The live pipeline a read-back state came from: a stage named by key has its stored id, one named by id keeps it. */
function livePipelineOf(state: HubSpotPipelineState): LivePipeline {
  const idOf = (key: string) => state.stageIds[key] ?? key;
  return {
    id: state.pipelineId,
    label: state.label,
    displayOrder: state.displayOrder,
    stages: state.stages.map((s) => ({ id: idOf(s.key), label: s.label, displayOrder: s.displayOrder, metadata: s.metadata })),
  };
}

/** Stages by key; a live stage the spec does not know is named by its id. A stage is removed only at a recount of zero, and HubSpot is asked to refuse if a record got in since. */
export const pipelineHolding: ValueHolding<Spec, HubSpotPipelineState> = {
  crm: "hubspot",
  field: "stages",
  resourceOf: (spec) => spec.name,
  desiredValues: (spec) => spec.stages.map((s) => s.key),
  liveValues: (live, spec) => liveStageKeys(spec, livePipelineOf(live), live.stageIds),
  recordsOf: (live, spec, ctx) => stageRecords(openSession(ctx, { resource: spec.name }), spec, live.pipelineId, (key) => live.stageIds[key] ?? key),
};
