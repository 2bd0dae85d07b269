/**
 * The preview as a pull-request comment: summary counts, one table per CRM (added, changed,
 * retired with where records move), lint findings. GitHub refuses comments over 65,536
 * characters, so rows are cut from the end and the cut is counted.
 */
import type { Finding } from "../../lifecycle/lint";
import { formatPath } from "../../lifecycle/problems";
import { GITHUB_COMMENT_LIMIT, fitLines } from "./fit";
import { changeDetails, summaryLine } from "./render-plan";
import type { ResourceChange } from "./plan";

const crmName = { salesforce: "Salesforce", hubspot: "HubSpot" } as const;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function rowsFor(change: ResourceChange): string[] {
  const details = changeDetails(change);
  const what = details.length > 0 ? details : [change.op === "create" ? "created (or adopted if it exists)" : change.op];
  return what.map((detail, i) => `| ${i === 0 ? `\`${change.op}\`` : ""} | ${i === 0 ? cell(change.title) : ""} | ${cell(detail)} |`);
}

export interface PrCommentInput {
  stack: string;
  changes: readonly ResourceChange[];
  findings: readonly Finding[];
  limit?: number;
}

/**
 * The summary, the object counts per CRM and the lint findings come first and are never cut; the
 * per-object rows follow and are cut from the end when the comment would exceed `limit`.
 */
export function renderPrComment({ stack, changes, findings, limit = GITHUB_COMMENT_LIMIT }: PrCommentInput): string {
  const byCrm = (["salesforce", "hubspot"] as const).map((crm) => [crm, changes.filter((c) => c.crm === crm)] as const).filter(([, list]) => list.length > 0);
  const counts = byCrm.map(([crm, list]) => `${crmName[crm]}: ${list.length} object${list.length === 1 ? "" : "s"}`).join(" · ");
  const head = [`## Bowtie preview for \`${stack}\``, "", `**${summaryLine(changes)}**${counts ? ` — ${counts}` : ""}`, ""];
  if (findings.length > 0) {
    head.push(`### Lint (${findings.length} finding${findings.length === 1 ? "" : "s"})`, "", "| rule | severity | item | message | fix |", "| --- | --- | --- | --- | --- |");
    for (const f of findings) head.push(`| ${f.code} ${f.rule} | ${f.severity} | ${cell(formatPath(f.path))} | ${cell(f.message)} | ${cell(f.fix)} |`);
    head.push("");
  } else {
    head.push("Lint: no findings.", "");
  }
  const body: string[] = [];
  for (const [crm, list] of byCrm) {
    body.push(`### ${crmName[crm]} (${list.length} object${list.length === 1 ? "" : "s"})`, "", "| op | object | change |", "| --- | --- | --- |");
    for (const change of list) body.push(...rowsFor(change));
    body.push("");
  }
  return fitLines(head, body, limit, "run `bowtie preview`");
}
