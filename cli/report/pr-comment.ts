/**
 * The preview as a pull-request comment: summary counts, one table per CRM (each object's impact and
 * what changes, with where records move), long values as collapsed diffs, lint findings. GitHub
 * refuses comments over 65,536 characters, so blocks are cut from the end and the cut is counted.
 */
import type { Finding } from "../../lifecycle/lint";
import { formatPath } from "../../lifecycle/problems";
import { GITHUB_COMMENT_LIMIT, fitLines } from "./fit";
import { cell, diffBlock } from "./markdown";
import { changeDetails, impactWords, summaryLine, type Detail } from "./render-plan";
import type { ResourceChange } from "./plan";
import { crmNames } from "./kinds";

function rowsFor(change: ResourceChange, details: readonly Detail[]): string[] {
  const what = details.length > 0 ? details.map((d) => d.text) : [impactWords[change.impact].alone];
  return what.map((text, i) => `| ${i === 0 ? `\`${change.impact}\`` : ""} | ${i === 0 ? cell(change.title) : ""} | ${cell(text)} |`);
}

export interface PrCommentInput {
  stack: string;
  changes: readonly ResourceChange[];
  findings: readonly Finding[];
  /** Lint error findings stopped the run: no preview was made, the findings are the comment. */
  blocked?: boolean;
  limit?: number;
}

/**
 * The summary, the object counts per CRM and the lint findings come first and are never cut; the
 * per-object rows and diffs follow and are cut from the end when the comment would exceed `limit`.
 */
export function renderPrComment({ stack, changes, findings, blocked = false, limit = GITHUB_COMMENT_LIMIT }: PrCommentInput): string {
  const byCrm = (["salesforce", "hubspot"] as const).map((crm) => [crm, changes.filter((c) => c.crm === crm)] as const).filter(([, list]) => list.length > 0);
  const counts = byCrm.map(([crm, list]) => `${crmNames[crm]}: ${list.length} object${list.length === 1 ? "" : "s"}`).join(" · ");
  const summary = blocked
    ? "**Not previewed: lint found errors.** Fix them, or set `bowtie:lintErrors` to `warn` to preview anyway."
    : `**${summaryLine(changes)}** against the live CRMs${counts ? ` — ${counts}` : ""}`;
  const head = [`## Bowtie preview for \`${stack}\``, "", summary, ""];
  if (findings.length > 0) {
    head.push(`### Lint (${findings.length} finding${findings.length === 1 ? "" : "s"})`, "", "| rule | severity | item | message | fix |", "| --- | --- | --- | --- | --- |");
    for (const f of findings) head.push(`| ${f.code} ${f.rule} | ${f.severity} | ${cell(formatPath(f.path))} | ${cell(f.message)} | ${cell(f.fix)} |`);
    head.push("");
  } else {
    head.push("Lint: no findings.", "");
  }
  const body: string[] = [];
  for (const [crm, list] of byCrm) {
    body.push(`### ${crmNames[crm]} (${list.length} object${list.length === 1 ? "" : "s"})`, "", "| impact | object | change |", "| --- | --- | --- |");
    const diffs: string[] = [];
    for (const change of list) {
      const details = changeDetails(change);
      body.push(...rowsFor(change, details));
      for (const detail of details) if (detail.diff) diffs.push(diffBlock(`${change.title}: ${detail.text}`, detail.diff));
    }
    body.push("", ...diffs);
  }
  return fitLines(head, body, limit, "run `bowtie preview`");
}
