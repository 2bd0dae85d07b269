/** What several HubSpot APIs share: timestamps, the batch envelope and the error body. */
import { z } from "zod";

export const timestamp = z.iso.datetime({ offset: true });
export const integerText = z.string().regex(/^-?\d+$/, "an integer");
export const booleanText = z.enum(["true", "false"]);

/** `ForwardPaging` / `Paging`: the cursor of the next page, when there is one. */
export const forwardPaging = z.strictObject({ next: z.strictObject({ after: z.string(), link: z.string().optional() }).optional() });

const batchStatus = z.enum(["CANCELED", "COMPLETE", "PENDING", "PROCESSING"]);
const errorDetail = z.object({
  message: z.string(),
  code: z.string().optional(),
  in: z.string().optional(),
  subCategory: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
});

/** `StandardError`: one failed input of a 207 batch reply. */
export const standardError = z.strictObject({
  status: z.string(),
  category: z.string(),
  message: z.string(),
  context: z.record(z.string(), z.array(z.string())),
  errors: z.array(errorDetail),
  links: z.record(z.string(), z.string()),
  id: z.string().optional(),
  subCategory: z.unknown().optional(),
});

/** `BatchResponse…` (200) and `BatchResponse…WithErrors` (207) around `result`. */
export function batchResponse<T extends z.ZodType>(result: T, withErrors: boolean) {
  return z.strictObject({
    status: batchStatus,
    results: z.array(result),
    startedAt: timestamp,
    completedAt: timestamp,
    requestedAt: timestamp.optional(),
    links: z.record(z.string(), z.string()).optional(),
    ...(withErrors ? { errors: z.array(standardError).optional(), numErrors: z.number().int().optional() } : {}),
  });
}

/**
 * `Error`, HubSpot's error body. Not strict: the bodies HubSpot sends also carry `status: "error"`
 * and, on a 429, `errorType`, `policyName` and `requestId`, which the schema does not list.
 */
export const errorBodySchema = z.object({
  category: z.string(),
  correlationId: z.string(),
  message: z.string(),
  subCategory: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
  errors: z.array(errorDetail).optional(),
  links: z.record(z.string(), z.string()).optional(),
});
