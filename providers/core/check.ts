import type { z } from "zod";
import type { CheckFailure } from "./kind";

/** Validates `input` with a kind's schema; each zod issue becomes a field-level check failure (`values.2.label`). */
export function checkSpec(schema: z.ZodType, input: unknown): CheckFailure[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ property: issue.path.map(String).join(".") || "(spec)", reason: issue.message }));
}
