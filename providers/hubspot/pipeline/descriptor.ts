import type { HubSpotPipelineSpec, HubSpotPipelineStageSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";
import { ignoringReplacements } from "../../core/values/diff-policy";

/** The spec plus what HubSpot assigned: the pipeline id and each stage key's stage id. */
export interface HubSpotPipelineState extends HubSpotPipelineSpec {
  pipelineId: string;
  stageIds: Record<string, string>;
}

/**
 * Comparable stage metadata. Deals: probability as a number string ("1.0" ≡ "1"), isClosed
 * defaulting to "false". Tickets: ticketState only (HubSpot derives isClosed from it).
 */
export function normalizeMetadata(objectType: HubSpotPipelineSpec["objectType"], metadata: Record<string, string>): Record<string, string> {
  if (objectType === "deals") {
    const { probability, isClosed, ...rest } = metadata;
    return { ...rest, probability: String(Number(probability)), isClosed: isClosed ?? "false" };
  }
  const { isClosed: _derived, ...rest } = metadata;
  return rest;
}

export function normalizeStage(objectType: HubSpotPipelineSpec["objectType"], stage: HubSpotPipelineStageSpec): HubSpotPipelineStageSpec {
  return { key: stage.key, label: stage.label, displayOrder: stage.displayOrder, metadata: normalizeMetadata(objectType, stage.metadata) };
}

/** A pipeline belongs to one object type: moving it is a replacement. Labels and stages are updates. */
export const pipelineDescriptor: DiffDescriptor<HubSpotPipelineSpec> = ignoringReplacements({
  replaceOn: ["objectType"],
  normalize: (spec) => ({
    kind: spec.kind,
    name: spec.name,
    objectType: spec.objectType,
    label: spec.label,
    displayOrder: spec.displayOrder,
    stages: spec.stages.map((s) => normalizeStage(spec.objectType, s)),
    replacements: spec.replacements,
  }),
});
