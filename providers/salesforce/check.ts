import type { z } from "zod";
import type { CheckFailure } from "../core/kind";

/** Runs a zod schema and turns its issues into field-level check failures (`values.2.label`). */
export function zodCheck(schema: z.ZodType, news: unknown): CheckFailure[] {
  const result = schema.safeParse(news);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ property: issue.path.map(String).join(".") || "(spec)", reason: issue.message }));
}
