/** CRM Pipelines v3 (`/crm/v3/pipelines/{objectType}`), from the facts of HubSpot's OpenAPI document. */
import { z } from "zod";
import { booleanText, timestamp } from "./common";

const metadata = z.record(z.string(), z.string());

/** `PipelineStageInput`: a stage of a new pipeline, or a stage added to one. */
export const stageInput = z.strictObject({ label: z.string(), displayOrder: z.number().int(), metadata, stageId: z.string().optional() });
/** `PipelineStageReplaceInput` (PUT of one stage). */
export const stageReplaceInput = z.strictObject({ label: z.string(), displayOrder: z.number().int(), metadata });
/** `PipelineStagePatchInput`: `metadata` is required even on a PATCH. */
export const stagePatchInput = z.strictObject({ label: z.string().optional(), displayOrder: z.number().int().optional(), archived: z.boolean().optional(), metadata });

export const pipelineInput = z.strictObject({ label: z.string(), displayOrder: z.number().int(), pipelineId: z.string().optional(), stages: z.array(stageInput) });
export const pipelineReplaceInput = z.strictObject({ label: z.string(), displayOrder: z.number().int(), stages: z.array(stageInput) });
export const pipelinePatchInput = z.strictObject({ label: z.string().optional(), displayOrder: z.number().int().optional(), archived: z.boolean().optional() });

export const stage = z.strictObject({
  id: z.string(),
  label: z.string(),
  displayOrder: z.number().int(),
  metadata,
  createdAt: timestamp,
  updatedAt: timestamp,
  archived: z.boolean(),
  archivedAt: timestamp.optional(),
  writePermissions: z.enum(["CRM_PERMISSIONS_ENFORCEMENT", "INTERNAL_ONLY", "READ_ONLY"]).optional(),
});

export const pipeline = z.strictObject({
  id: z.string(),
  label: z.string(),
  displayOrder: z.number().int(),
  stages: z.array(stage),
  createdAt: timestamp,
  updatedAt: timestamp,
  archived: z.boolean(),
  archivedAt: timestamp.optional(),
});

export const pipelineCollection = z.strictObject({ results: z.array(pipeline) });
export const stageCollection = z.strictObject({ results: z.array(stage) });

/** The delete flags of the v3 API; both default to false (checking by default starts with a later API version). */
export const pipelineDeleteQuery = { validateReferencesBeforeDelete: booleanText.optional(), validateDealStageUsagesBeforeDelete: booleanText.optional() };
/** A stage delete has only `validateReferencesBeforeDelete`. */
export const stageDeleteQuery = { validateReferencesBeforeDelete: booleanText.optional() };
