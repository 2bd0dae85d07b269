import type { z } from "zod";
import type { Problem } from "./problems";
import { renderProblems } from "./problems";
import { type Architecture, architectureSchema } from "./schema";
import { unknownOptionProblems } from "./unknown-options";

export type ValidationResult = { ok: true; architecture: Architecture } | { ok: false; problems: Problem[] };

function toProblem(issue: z.core.$ZodIssue): Problem {
  return { code: issue.code, path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message };
}

const isWithin = (path: readonly (string | number)[], parent: readonly (string | number)[]) => parent.every((part, i) => path[i] === part);

/**
 * Validates unknown input as an architecture; never throws for malformed input. An option a helper
 * did not recognise is a problem (with the closest known option); the schema's complaints about the
 * same item, which follow from it (a required list missing), are left out.
 */
export function validateArchitecture(input: unknown): ValidationResult {
  const unknown = unknownOptionProblems(input);
  const result = architectureSchema.safeParse(input);
  if (result.success && unknown.length === 0) return { ok: true, architecture: result.data };
  const items = unknown.map((p) => p.path.slice(0, -1));
  const schema = result.success ? [] : result.error.issues.map(toProblem).filter((p) => !items.some((item) => isWithin(p.path, item)));
  return { ok: false, problems: [...unknown, ...schema] };
}

/** Like `validateArchitecture` but throws an Error listing the problems; for architectures in code. */
export function parseArchitecture(input: unknown): Architecture {
  const result = validateArchitecture(input);
  if (!result.ok) throw new Error(`invalid architecture:\n${renderProblems(result.problems)}`);
  return result.architecture;
}
