import { formatPath } from "../problems";
import type { Finding } from "./types";

/** Human-readable report: one block per finding and a summary line. */
export function renderFindingsText(findings: readonly Finding[], file: string): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const blocks = findings.map((f) => `${f.severity} ${f.code} ${f.rule}  ${formatPath(f.path)}\n  ${f.message}\n  fix: ${f.fix}`);
  const summary = findings.length === 0 ? `${file}: no problems found` : `${file}: ${errors} error(s), ${warnings} warning(s)`;
  return [...blocks, summary].join("\n");
}

/** Machine-readable report: stable field names, `path` both as an array and as text. */
export function renderFindingsJson(findings: readonly Finding[], file: string): string {
  return JSON.stringify(
    {
      file,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      findings: findings.map((f) => ({ rule: f.rule, code: f.code, severity: f.severity, path: formatPath(f.path), pathSegments: f.path, message: f.message, fix: f.fix })),
    },
    null,
    2,
  );
}
