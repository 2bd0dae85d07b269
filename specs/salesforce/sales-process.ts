import { z } from "zod";
import { resourceName } from "../common";
import { apiNamePattern } from "./picklist-value";

const apiName = z.string().regex(apiNamePattern, "letters, digits and single underscores, starting with a letter");

/** BusinessProcess `Opportunity.<processName>` plus the RecordType that selects it. */
export const salesProcessSchema = z.object({
  kind: z.literal("salesforce:sales-process"),
  name: resourceName,
  object: z.literal("Opportunity"),
  /** API name of the process, e.g. `New_Business`. */
  processName: apiName,
  label: z.string().min(1).max(80),
  description: z.string().optional(),
  /** OpportunityStage API names, in order; each must exist in the OpportunityStage value set. */
  stages: z
    .array(z.string().min(1))
    .min(1, "a sales process needs at least one stage")
    .refine((stages) => new Set(stages).size === stages.length, "stages must not repeat"),
  recordType: z.object({ apiName, label: z.string().min(1).max(80), description: z.string().optional() }),
});
export type SalesforceSalesProcessSpec = z.infer<typeof salesProcessSchema>;
