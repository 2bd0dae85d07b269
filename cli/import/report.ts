/** What `bowtie import` prints after writing the module. Pure: text from data. */
import { hasErrors, type Finding } from "../../lifecycle/lint";
import type { ImportResult } from "../../lifecycle/import/snapshot";
import { unchanged, type AdoptionCheck } from "./adopt";

export interface ImportReport {
  /** The written file, as the user named it. */
  file: string;
  /** The file relative to the Pulumi project, for `bowtie:architecture`. */
  configPath: string;
  stack?: string;
  result: ImportResult;
  checks: AdoptionCheck[];
  findings: Finding[];
}

const CRM = { salesforce: "Salesforce", hubspot: "HubSpot" } as const;
const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0] ?? text;
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function contents(result: ImportResult): string {
  const a = result.architecture;
  const pipelines = Object.values(a.pipelines ?? {});
  return [
    plural(a.lifecycle.length, "lifecycle stage"),
    plural(a.statuses?.length ?? 0, "status", "statuses"),
    `${plural(pipelines.length, "pipeline")} (${plural(pipelines.reduce((n, p) => n + p.stages.length, 0), "stage")})`,
    plural(a.dropOffReasons?.length ?? 0, "drop-off reason"),
  ].join(", ");
}

function lintSummary(findings: readonly Finding[], file: string): string[] {
  if (findings.length === 0) return ["lint: no problems found"];
  const errors = findings.filter((f) => f.severity === "error").length;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(`${f.severity} ${f.code} ${f.rule}`, (byRule.get(`${f.severity} ${f.code} ${f.rule}`) ?? 0) + 1);
  return [
    `lint: ${plural(errors, "error")}, ${plural(findings.length - errors, "warning")} (the org's gotchas, imported as they are; \`bowtie lint ${file}\` shows each one and its fix)`,
    ...[...byRule].map(([rule, n]) => `  ${rule} ×${n}`),
  ];
}

export function renderImportReport(r: ImportReport): string {
  const crm = CRM[r.result.target];
  const same = r.checks.filter(unchanged).length;
  const roundTrip =
    same === r.checks.length
      ? [`round trip: ${plural(r.checks.length, `${crm} resource`)} compiled from the file, each compared with the live ${crm} (read, then diffed as a preview would): no changes`]
      : [
          `round trip: ${same} of ${plural(r.checks.length, `${crm} resource`)} unchanged; previewing the file would show:`,
          ...r.result.notes.filter((n) => n.kind === "difference").map((n) => `  - ${n.message}`),
        ];
  const stackFlag = r.stack ? ` -s ${r.stack}` : "";
  return [
    `wrote ${r.file}: ${contents(r.result)}`,
    ...roundTrip,
    "not imported (see the file's header):",
    ...r.result.notes.filter((n) => n.kind === "not-imported").map((n) => `  - ${firstSentence(n.message)}`),
    ...lintSummary(r.findings, r.file),
    "next:",
    `  fill in the placeholders (search the file for DEFINITION and OWNER)`,
    `  pulumi config set${stackFlag} bowtie:architecture ${r.configPath}`,
    `  pulumi config set${stackFlag} --path 'bowtie:targets[0]' ${r.result.target}`,
    // Lint error findings stop preview and up; adopting the CRM as it is comes before fixing its gotchas.
    ...(hasErrors(r.findings) ? [`  pulumi config set${stackFlag} bowtie:lintErrors warn   # until the lint errors are fixed`] : []),
    `  bowtie preview${stackFlag}`,
    "",
  ].join("\n");
}
