import { z } from "zod";
import { criteriaSchema, crmNamesSchema, keySchema, requiredFieldSchema, slaDaysSchema, textSchema } from "./common";

export const forecastCategorySchema = z.enum(["Omitted", "Pipeline", "BestCase", "Forecast", "Closed"], {
  error: "expected a forecast category: Omitted, Pipeline, BestCase, Forecast or Closed",
});

/** One stage of a pipeline. `outcome` makes a stage closed (won or lost); open stages carry work. */
export const pipelineStageSchema = z.strictObject({
  key: keySchema,
  label: textSchema,
  definition: textSchema.optional(),
  entryCriteria: criteriaSchema,
  exitCriteria: criteriaSchema,
  owner: textSchema.optional(),
  slaDays: slaDaysSchema,
  requiredFields: z.array(requiredFieldSchema).default([]),
  /** 0–1; required on deal pipelines, absent on the customer-success pipeline. */
  probability: z
    .number({ error: "expected a probability between 0 and 1" })
    .min(0, { error: "expected a probability between 0 and 1" })
    .max(1, { error: "expected a probability between 0 and 1 (write 0.25, not 25)" })
    .optional(),
  forecastCategory: forecastCategorySchema.optional(),
  outcome: z.enum(["open", "won", "lost"], { error: "expected an outcome: open, won or lost" }).default("open"),
  /** The lifecycle stage this pipeline stage embodies, if any (e.g. SAO). */
  lifecycle: keySchema.optional(),
  names: crmNamesSchema,
});

export const pipelineKindSchema = z.enum(["new-business", "renewal", "expansion", "customer-success"], {
  error: "expected a pipeline kind: new-business, renewal, expansion or customer-success",
});

/**
 * Where a deal pipeline's Salesforce process differs from what the model derives (`bowtie import`
 * writes this so an existing org is adopted as it is). Omitted: a BusinessProcess named
 * `names.salesforce`, selected by a RecordType of the same name, both described by `description`.
 */
export const salesforceProcessSchema = z.strictObject({
  /** `false`: no BusinessProcess or RecordType; the stages are only OpportunityStage (master picklist) values. */
  enabled: z.boolean().default(true),
  /** The process description, when it differs from the pipeline's; `""` for none. */
  description: z.string().optional(),
  /** The RecordType's developer name, when it differs from the process name. */
  recordType: textSchema.optional(),
  /** The RecordType's description, when it differs from the process's; `""` for none. */
  recordTypeDescription: z.string().optional(),
});

/**
 * A pipeline. Deal pipelines (new business, renewal, expansion) are Salesforce sales processes and
 * HubSpot deal pipelines; the customer-success pipeline is a HubSpot tickets pipeline and a
 * Salesforce Account picklist, kept out of revenue forecasting.
 * `names.salesforce` is the process API name; `names.hubspot` the id of an existing pipeline to adopt.
 */
export const pipelineSchema = z.strictObject({
  label: textSchema,
  kind: pipelineKindSchema,
  description: textSchema.optional(),
  stages: z.array(pipelineStageSchema).min(1, { error: "expected at least one stage" }),
  salesforceProcess: salesforceProcessSchema.optional(),
  names: crmNamesSchema,
});

export type ForecastCategory = z.infer<typeof forecastCategorySchema>;
export type PipelineKind = z.infer<typeof pipelineKindSchema>;
export type PipelineStage = z.infer<typeof pipelineStageSchema>;
export type PipelineStageInput = z.input<typeof pipelineStageSchema>;
export type SalesforceProcess = z.infer<typeof salesforceProcessSchema>;
export type Pipeline = z.infer<typeof pipelineSchema>;
export type PipelineInput = z.input<typeof pipelineSchema>;

/** Deal pipelines forecast revenue; the customer-success pipeline does not. */
export function isDealPipeline(pipeline: Pick<Pipeline, "kind">): boolean {
  return pipeline.kind !== "customer-success";
}
