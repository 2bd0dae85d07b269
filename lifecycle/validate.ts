import type { z } from "zod";
import type { Problem } from "./problems";
import { renderProblems } from "./problems";
import { type Architecture, architectureSchema } from "./schema";

export type ValidationResult = { ok: true; architecture: Architecture } | { ok: false; problems: Problem[] };

function toProblem(issue: z.core.$ZodIssue): Problem {
  return { code: issue.code, path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message };
}

/** Validates unknown input as an architecture; never throws for malformed input. */
export function validateArchitecture(input: unknown): ValidationResult {
  const result = architectureSchema.safeParse(input);
  if (result.success) return { ok: true, architecture: result.data };
  return { ok: false, problems: result.error.issues.map(toProblem) };
}

/** Like `validateArchitecture` but throws an Error listing the problems; for architectures in code. */
export function parseArchitecture(input: unknown): Architecture {
  const result = validateArchitecture(input);
  if (!result.ok) throw new Error(`invalid architecture:\n${renderProblems(result.problems)}`);
  return result.architecture;
}
