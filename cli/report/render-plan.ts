/** The words for a plan: impacts, item changes, values and provider events, for the terminal and the PR comment. */
import type { Change } from "../../providers/core/changes";
import { eventDetail } from "../../providers/core/describe";
import { eventPhases } from "../../providers/core/events";
import type { ReportItem } from "./kinds";
import { scalarFields, summarize, type Impact, type ResourceChange } from "./plan";
import { needsDiff, showValue, unifiedDiff } from "./values";

/**
 * How each impact reads: its symbol, the word after a count in the summary ("2 to adopt"), and what
 * a change with no detail to show does.
 */
export const impactWords: { [I in Impact]: { symbol: string; verb: string; alone: string } } = {
  create: { symbol: "+", verb: "create", alone: "created in the CRM" },
  adopt: { symbol: "=", verb: "adopt", alone: "the CRM's existing object, managed from now on" },
  update: { symbol: "~", verb: "update", alone: "updated" },
  replace: { symbol: "+-", verb: "replace", alone: "deleted and created again" },
  destroy: { symbol: "-", verb: "destroy", alone: "deleted from the CRM" },
  orphan: { symbol: "·", verb: "stop managing", alone: "left in the CRM as it is; Bowtie stops managing it" },
  "no-change": { symbol: " ", verb: "leave as it is", alone: "unchanged" },
};

/** The impacts a plan shows, in summary order: what is added first, what is removed last. */
const summaryOrder: Impact[] = ["create", "adopt", "update", "replace", "destroy", "orphan"];
const impactColumn = Math.max(...summaryOrder.map((impact) => impact.length));

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
  const parts = summaryOrder.filter((impact) => s[impact] > 0).map((impact) => `${s[impact]} to ${impactWords[impact].verb}`);
  return parts.length === 0 ? "no changes" : parts.join(", ");
}

/** One thing a change does: a line, and for a long value the diff from its current to its declared value. */
export interface Detail {
  text: string;
  diff?: string[];
}

function valueDetail(change: ResourceChange, field: string): Detail {
  const { before, after } = change.values[field] ?? {};
  if (needsDiff(before, after)) return { text: `changes ${field}`, diff: unifiedDiff(before, after, { before: "current", after: "declared" }) };
  return { text: `changes ${field}: ${showValue(before)} → ${showValue(after)}` };
}

/**
 * What a change does, detail by detail. A preview shows the provider's plans (records it will move,
 * the object it adopts); when it reported no move for a create, the declared replacements say where
 * records would go. After an apply (`applied`), only what was done is shown.
 */
export function changeDetails(change: ResourceChange, opts: { applied?: boolean } = {}): Detail[] {
  const details: Detail[] = change.items.map((item) => ({ text: describeItem(change, item) }));
  details.push(...scalarFields(change).map((field) => valueDetail(change, field)));
  const phase = opts.applied ? "done" : "planned";
  const events = change.events.filter((event) => eventPhases[event.type] === phase);
  const creates = change.impact === "create" || change.impact === "adopt";
  if (creates && !opts.applied && !events.some((event) => event.type === "planned-move")) {
    for (const r of change.replacements) details.push({ text: `retires ${r.from} if present; its records move to ${r.to}` });
  }
  return [...details, ...events.map((event) => ({ text: eventDetail(event) }))];
}

/** What every plan is compared with: the CRMs as the run's refresh read them. */
export const NO_CHANGES = "No changes: the live CRMs, read at the start of this run, match the architecture.\n";

/** The plan for a terminal: one block per CRM object that changes (`applied`: after `up`). */
export function renderPlanText(changes: readonly ResourceChange[], opts: { applied?: boolean } = {}): string {
  if (changes.length === 0) return NO_CHANGES;
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(`${impactWords[change.impact].symbol.padEnd(2)} ${change.impact.padEnd(impactColumn)} ${change.title}  [${change.crm}]`);
    for (const detail of changeDetails(change, opts)) lines.push(`     ${detail.text}`, ...(detail.diff ?? []).map((line) => `       ${line}`));
  }
  lines.push("", `Plan: ${summaryLine(changes)}, compared with the live CRMs.`);
  return `${lines.join("\n")}\n`;
}
