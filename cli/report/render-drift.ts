/** The drift report for a terminal, for an issue (Markdown) and for a machine (JSON): the words for `DriftItem`s. */
import type { DriftItem } from "./drift";
import { GITHUB_COMMENT_LIMIT, fitLines } from "./fit";
import { cell, diffBlock } from "./markdown";
import { needsDiff, showValue, unifiedDiff } from "./values";
import { crmNames } from "./kinds";

interface DriftWords {
  /** What differs, without the object's name. */
  detail: string;
  /** Live → declared, for values too long to read inline. */
  diff?: string[];
}

/** What a `changed` item names: the item's field, or the object's property. */
const subjectOf = (item: DriftItem) => (item.item ? `${item.item} ${item.field}` : (item.field ?? ""));

function changedWords(item: DriftItem): DriftWords {
  const subject = subjectOf(item);
  if (item.item && item.field === "position") return { detail: `${item.item} was moved to another position in the CRM.` };
  if (needsDiff(item.live, item.declared)) {
    return { detail: `${subject} differs between the CRM and the architecture.`, diff: unifiedDiff(item.live, item.declared, { before: "CRM", after: "architecture" }) };
  }
  return { detail: `${subject} is ${showValue(item.live)} in the CRM, ${showValue(item.declared)} in the architecture.` };
}

/** The words for one drifted item. */
function driftWords(item: DriftItem): DriftWords {
  switch (item.kind) {
    case "added-outside":
      return { detail: `${showValue(item.live)} (${item.item}) is live in the CRM but not in the architecture — added outside Bowtie, or retired by a change not applied yet.` };
    case "missing":
      return { detail: `${showValue(item.declared)} (${item.item}) is declared but missing or inactive in the CRM.` };
    case "changed":
      return changedWords(item);
    case "deleted":
      return { detail: "declared but not in the CRM — deleted outside Bowtie, or added by a change not applied yet." };
    case "unmanaged":
      return { detail: "managed by the stack but no longer declared in the architecture." };
  }
}

function groupByCrm(items: readonly DriftItem[]): Array<[DriftItem["crm"], DriftItem[]]> {
  return (["salesforce", "hubspot"] as const)
    .map((crm): [DriftItem["crm"], DriftItem[]] => [crm, items.filter((i) => i.crm === crm)])
    .filter(([, list]) => list.length > 0);
}

export function renderDriftText(items: readonly DriftItem[], stack: string): string {
  if (items.length === 0) return `No drift: the CRMs of stack ${stack} match the architecture.\n`;
  const lines = [`Drift in stack ${stack}: ${items.length} item${items.length === 1 ? "" : "s"} differ from the architecture.`];
  for (const [crm, list] of groupByCrm(items)) {
    lines.push("", `${crmNames[crm]} (fix: ${list[0]!.owner}, or run \`bowtie up -s ${stack}\` to restore the architecture)`);
    for (const item of list) {
      const words = driftWords(item);
      lines.push(`  - [${item.kind}] ${item.object}: ${words.detail}`, ...(words.diff ?? []).map((line) => `      ${line}`));
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Markdown for an issue or a chat message, kept under GitHub's body limit (what is cut is counted).
 * Values too long for a table cell follow each CRM's table as collapsed diffs.
 */
export function renderDriftMarkdown(items: readonly DriftItem[], stack: string, limit = GITHUB_COMMENT_LIMIT): string {
  if (items.length === 0) return `### ✅ No drift in \`${stack}\`\n\nThe live CRMs match the architecture.\n`;
  const head = [`### ⚠️ Drift in \`${stack}\`: ${items.length} item${items.length === 1 ? "" : "s"}`, ""];
  const out: string[] = [];
  for (const [crm, list] of groupByCrm(items)) {
    out.push(`#### ${crmNames[crm]}`, "", "| object | item | what changed | who fixes |", "| --- | --- | --- | --- |");
    const diffs: string[] = [];
    for (const item of list) {
      const words = driftWords(item);
      out.push(`| ${cell(item.object)} | ${cell(item.item ?? item.field ?? "")} | ${cell(words.detail)} | ${cell(item.owner)} |`);
      if (words.diff) diffs.push(diffBlock(`${item.object}: ${subjectOf(item)}`, words.diff));
    }
    out.push("", ...diffs);
  }
  out.push(`Restore the architecture with \`bowtie up -s ${stack}\`, or adopt the change by editing the architecture in a pull request.`);
  return fitLines(head, out, limit, `run \`bowtie drift -s ${stack}\``);
}

/** The items as data, each with its sentence (`detail`, and `summary` naming the object) for tools that show them. */
export function renderDriftJson(items: readonly DriftItem[], stack: string): string {
  const described = items.map((item) => {
    const { detail } = driftWords(item);
    return { ...item, detail, summary: `${item.object}: ${detail}` };
  });
  return `${JSON.stringify({ stack, drift: items.length > 0, count: items.length, items: described }, null, 2)}\n`;
}
