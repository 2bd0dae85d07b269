import type { Architecture } from "../schema";
import { lintRules } from "./registry";
import type { Finding, LintRuleId } from "./types";

export type { Finding, LintRule, LintRuleId, Severity } from "./types";
export { lintRules } from "./registry";

/** Runs every rule; findings come in rule-code order, then in the order the rule reports them. */
export function lint(architecture: Architecture): Finding[] {
  return (Object.entries(lintRules) as [LintRuleId, (typeof lintRules)[LintRuleId]][])
    .sort(([, a], [, b]) => a.code.localeCompare(b.code))
    .flatMap(([rule, def]) => def.check(architecture).map((hit) => ({ rule, code: def.code, severity: def.severity, ...hit })));
}

/** True when any finding is an error (the CLI exits non-zero). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
