import type { Change } from "../../providers/core/changes";
import type { ReportItem } from "./kinds";
import { summarize, type ResourceChange } from "./plan";

const symbols = { create: "+", update: "~", replace: "+-", delete: "-" } as const;

/** One line per item change, in preview terms (last known state → declared). */
export function describeItem(change: ResourceChange, item: Change<ReportItem>): string {
  switch (item.action) {
    case "add":
      return `adds "${item.after.label}" (${item.key})`;
    case "remove": {
      const to = change.replacements.find((r) => r.from === item.key)?.to;
      return `retires "${item.before.label}" (${item.key})${to ? `; its records move to ${to}` : ""}`;
    }
    case "modify":
      return `changes ${item.key}: ${item.fields.join(", ")}`;
  }
}

export function summaryLine(changes: readonly ResourceChange[]): string {
  const s = summarize(changes);
  const parts = (["create", "update", "replace", "delete"] as const).filter((op) => s[op] > 0).map((op) => `${s[op]} to ${op}`);
  return parts.length === 0 ? "no changes" : parts.join(", ");
}

/** The preview for a terminal: one block per CRM object that changes. */
export function renderPlanText(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return "No changes: the CRMs already match the architecture.\n";
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(`${symbols[change.op].padEnd(2)} ${change.title}  [${change.crm}]`);
    for (const item of change.items) lines.push(`     ${describeItem(change, item)}`);
    const scalar = change.fields.filter((f) => !["values", "options", "stages", "replacements"].includes(f));
    if (scalar.length > 0) lines.push(`     changes ${scalar.join(", ")}`);
    for (const note of change.notes) lines.push(`     ${note}`);
  }
  lines.push("", `Plan: ${summaryLine(changes)}.`);
  return `${lines.join("\n")}\n`;
}
