import { z } from "zod";
import { resourceName } from "../common";
import { processNameSchema } from "./metadata-name";
import { apiNamePattern } from "./picklist-value";

const apiName = z.string().regex(apiNamePattern, "letters, digits and single underscores, starting with a letter, not ending with an underscore").max(80);

/**
 * BusinessProcess `Opportunity.<processName>` plus the RecordType that selects it. Names are as
 * Salesforce shows them (decoded); the provider percent-encodes them in Metadata fullNames.
 */
export const salesProcessSchema = z.object({
  kind: z.literal("salesforce:sales-process"),
  name: resourceName,
  object: z.literal("Opportunity"),
  /** The process name, e.g. `New_Business` or `Benefits BoR Sales Process` (spaces and `/` allowed). */
  processName: processNameSchema,
  label: z.string().min(1).max(80),
  description: z.string().optional(),
  /** OpportunityStage API names (decoded), in order; each must exist in the OpportunityStage value set. */
  stages: z
    .array(z.string().min(1))
    .min(1, "a sales process needs at least one stage")
    .refine((stages) => new Set(stages).size === stages.length, "stages must not repeat"),
  /** The RecordType's developer name follows the API-name rules even when the process name does not. */
  recordType: z.object({ apiName, label: z.string().min(1).max(80), description: z.string().optional() }),
});
export type SalesforceSalesProcessSpec = z.infer<typeof salesProcessSchema>;
