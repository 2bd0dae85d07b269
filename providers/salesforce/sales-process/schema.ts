import { z } from "zod";

const apiName = z.string().regex(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/, "letters, digits and single underscores, starting with a letter");

/** zod schema of SalesforceSalesProcessSpec. */
export const salesProcessSchema = z.object({
  kind: z.literal("salesforce:sales-process"),
  name: z.string().min(1),
  object: z.literal("Opportunity"),
  processName: apiName,
  label: z.string().min(1).max(80),
  description: z.string().optional(),
  stages: z
    .array(z.string().min(1))
    .min(1, "a sales process needs at least one stage")
    .refine((stages) => new Set(stages).size === stages.length, "stages must not repeat"),
  recordType: z.object({ apiName, label: z.string().min(1).max(80), description: z.string().optional() }),
});
