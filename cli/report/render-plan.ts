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

const listFields = ["values", "options", "stages", "replacements"];

/** Provider notes that announce a move a preview plans (`would move …`), as opposed to one made. */
export const isPlannedMove = (note: string) => note.startsWith("would ");

/**
 * What a change does, line by line. A create adopts the CRM object when it exists: the provider
 * says how many records it will move off retired values (`would move …`), else the declared
 * replacements say where records would go. After an apply, only the moves made are shown.
 */
export function changeDetails(change: ResourceChange, opts: { applied?: boolean } = {}): string[] {
  const details = change.items.map((item) => describeItem(change, item));
  const scalar = change.fields.filter((f) => !listFields.includes(f));
  if (scalar.length > 0) details.push(`changes ${scalar.join(", ")}`);
  const notes = opts.applied ? change.notes.filter((note) => !isPlannedMove(note)) : change.notes;
  if (change.op === "create" && !opts.applied && !notes.some(isPlannedMove)) {
    for (const r of change.replacements) details.push(`retires ${r.from} if present; its records move to ${r.to}`);
  }
  return [...details, ...notes];
}

/** The plan for a terminal: one block per CRM object that changes (`applied`: after `up`). */
export function renderPlanText(changes: readonly ResourceChange[], opts: { applied?: boolean } = {}): string {
  if (changes.length === 0) return "No changes: the CRMs already match the architecture.\n";
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(`${symbols[change.op].padEnd(2)} ${change.title}  [${change.crm}]`);
    for (const detail of changeDetails(change, opts)) lines.push(`     ${detail}`);
  }
  lines.push("", `Plan: ${summaryLine(changes)}.`);
  return `${lines.join("\n")}\n`;
}
