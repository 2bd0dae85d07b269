/**
 * Which architecture a stack applies and whether lint gates it: read by the Pulumi program and by
 * the CLI, so `pulumi up` and `bowtie up` agree. Stack config (namespace `bowtie`):
 *   architecture  module path relative to the project root (default: the default architecture)
 *   lintErrors    `fail` (default): lint error findings stop preview and up; `warn`: reported only
 */
import * as path from "node:path";
import { compile } from "../lifecycle/compile";
import { hasErrors, lint, type Finding } from "../lifecycle/lint";
import { renderFindingsText } from "../lifecycle/lint/render";
import type { Problem } from "../lifecycle/problems";
import type { Architecture } from "../lifecycle/schema";
import { checkKind } from "../providers/operations";
import { definitionOf } from "../providers/kinds";
import type { Target } from "../specs";

export const DEFAULT_ARCHITECTURE_FILE = "lifecycle/default-architecture.ts";

/** The repository holding the program; `bowtie:architecture` is relative to it. */
export const programRoot = path.resolve(__dirname, "..");

/** The stack's architecture module, as configured (relative) and resolved (absolute). */
export function stackArchitectureFile(configured: string | undefined): { file: string; absolute: string } {
  const file = configured ?? DEFAULT_ARCHITECTURE_FILE;
  return { file, absolute: path.resolve(programRoot, file) };
}

export type LintMode = "fail" | "warn";

/** Validates `bowtie:lintErrors`. */
export function lintModeOf(configured: string | undefined): LintMode {
  if (configured === undefined || configured === "fail" || configured === "warn") return configured ?? "fail";
  throw new Error(`bowtie:lintErrors: expected "fail" or "warn"; got ${JSON.stringify(configured)}. Fix: pulumi config set bowtie:lintErrors warn`);
}

/** The findings, and the report that stops the run when they hold an error and the mode is `fail`. */
export function lintGate(architecture: Architecture, file: string, mode: LintMode): { findings: Finding[]; blocking?: string } {
  const findings = lint(architecture);
  if (mode === "warn" || !hasErrors(findings)) return { findings };
  const blocking =
    `${renderFindingsText(findings, file)}\n` +
    `Lint error findings stop preview and up before any change. Fix them in ${file}, or report them without stopping: ` +
    "`pulumi config set bowtie:lintErrors warn` (docs/lint-rules.md).";
  return { findings, blocking };
}

/**
 * What each CRM would refuse in the compiled architecture: every limit the providers check (each
 * kind's schema: name and label lengths, value counts, API name rules), found before any CRM call.
 * The path names the compiled resource and its field, e.g. `salesforce sf-process-renewal.name`.
 */
export function crmLimitProblems(architecture: Architecture, targets: readonly Target[]): Problem[] {
  return targets.flatMap((target) =>
    compile(architecture, target).flatMap((spec) =>
      checkKind(definitionOf(spec.kind), spec).map((failure) => ({ code: "crm_limit", path: [target, `${spec.name}.${failure.property}`], message: `${failure.reason} (what ${target === "salesforce" ? "Salesforce" : "HubSpot"} accepts)` })),
    ),
  );
}
