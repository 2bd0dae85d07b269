import type { z } from "zod";
import type { CheckFailure } from "../core/kind";

/** Validates `input` with `schema`; each zod issue becomes a field-level check failure. */
export function checkWith(schema: z.ZodType, input: unknown): CheckFailure[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    property: issue.path.map(String).join(".") || "(spec)",
    reason: issue.message,
  }));
}
