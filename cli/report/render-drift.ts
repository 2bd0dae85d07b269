import type { DriftItem } from "./drift";
import { GITHUB_COMMENT_LIMIT, fitLines } from "./fit";

const crmName = { salesforce: "Salesforce", hubspot: "HubSpot" } as const;

function groupByCrm(items: readonly DriftItem[]): Array<[DriftItem["crm"], DriftItem[]]> {
  return (["salesforce", "hubspot"] as const)
    .map((crm): [DriftItem["crm"], DriftItem[]] => [crm, items.filter((i) => i.crm === crm)])
    .filter(([, list]) => list.length > 0);
}

export function renderDriftText(items: readonly DriftItem[], stack: string): string {
  if (items.length === 0) return `No drift: the CRMs of stack ${stack} match the architecture.\n`;
  const lines = [`Drift in stack ${stack}: ${items.length} item${items.length === 1 ? "" : "s"} differ from the architecture.`];
  for (const [crm, list] of groupByCrm(items)) {
    lines.push("", `${crmName[crm]} (fix: ${list[0]!.owner}, or run \`bowtie up -s ${stack}\` to restore the architecture)`);
    for (const item of list) lines.push(`  - [${item.kind}] ${item.summary}`);
  }
  return `${lines.join("\n")}\n`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Markdown for an issue or a chat message, kept under GitHub's body limit (what is cut is counted). */
export function renderDriftMarkdown(items: readonly DriftItem[], stack: string, limit = GITHUB_COMMENT_LIMIT): string {
  if (items.length === 0) return `### ✅ No drift in \`${stack}\`\n\nThe live CRMs match the architecture.\n`;
  const head = [`### ⚠️ Drift in \`${stack}\`: ${items.length} item${items.length === 1 ? "" : "s"}`, ""];
  const out: string[] = [];
  for (const [crm, list] of groupByCrm(items)) {
    out.push(`#### ${crmName[crm]}`, "", "| object | item | what changed | who fixes |", "| --- | --- | --- | --- |");
    for (const item of list) out.push(`| ${cell(item.object)} | ${cell(item.item ?? item.field ?? "")} | ${cell(item.detail)} | ${cell(item.owner)} |`);
    out.push("");
  }
  out.push(`Restore the architecture with \`bowtie up -s ${stack}\`, or adopt the change by editing the architecture in a pull request.`);
  return fitLines(head, out, limit, `run \`bowtie drift -s ${stack}\``);
}

export function renderDriftJson(items: readonly DriftItem[], stack: string): string {
  return `${JSON.stringify({ stack, drift: items.length > 0, count: items.length, items }, null, 2)}\n`;
}
