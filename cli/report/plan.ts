/**
 * Turns the engine events of a preview into Bowtie's change model: one `ResourceChange` per CRM
 * object that would change, with item-level changes (values, options, stages). The same model
 * feeds the preview, the drift report and the PR comment; renderers live in their own files.
 */
import type { EngineEvent, StepEventMetadata } from "@pulumi/pulumi/automation";
import type { ResourceSpec } from "../../lifecycle/resources";
import { changedFields, diffKeyedList, type Change } from "../../providers/core/changes";
import { handlerFor } from "../../providers/registry";
import { isKind, kindReport, type ReportItem } from "./kinds";

export type Operation = "create" | "update" | "replace" | "delete";

export interface ResourceChange {
  crm: "salesforce" | "hubspot";
  kind: ResourceSpec["kind"];
  name: string;
  title: string;
  op: Operation;
  /** Top-level properties that differ (before = last known or live state, after = declared). */
  fields: string[];
  /** The before and after value of each changed property. */
  values: Record<string, { before: unknown; after: unknown }>;
  /** Item-level changes, for kinds that have items. */
  items: Change<ReportItem>[];
  /** Retired values and where their records go, as declared. */
  replacements: Array<{ from: string; to: string }>;
  /** Lines the providers logged for this resource (records moved, adoptions). */
  notes: string[];
  owner: string;
}

const operations: Record<string, Operation | undefined> = {
  create: "create",
  update: "update",
  replace: "replace",
  "create-replacement": "replace",
  delete: "delete",
};

type Props = Record<string, unknown>;

/**
 * Brings a state or an input to the kind's comparable form (the provider's own normalisation:
 * defaults filled, state-only fields dropped), so reports show exactly what the provider diffs.
 */
function comparable(kind: ResourceSpec["kind"], props: Props): Props {
  const { __provider: _ignored, ...spec } = props;
  return handlerFor(kind).descriptor.normalize(spec as unknown as ResourceSpec) as unknown as Props;
}

function toChange(m: StepEventMetadata, notes: string[]): ResourceChange | undefined {
  const op = operations[m.op];
  const raw = (op === "delete" ? m.old?.outputs : (m.new?.inputs ?? m.old?.inputs)) as Props | undefined;
  if (!op || !raw || !isKind(raw.kind)) return undefined;
  const kind = raw.kind;
  const changing = op === "update" || op === "replace";
  const after = comparable(kind, raw);
  const before = changing ? comparable(kind, (m.old?.outputs ?? {}) as Props) : after;
  const spec = after as unknown as ResourceSpec;
  const report = kindReport(kind);
  const fields = changing ? changedFields(before, after) : [];
  const itemsOf = report.items;
  const items = itemsOf && changing ? diffKeyedList(itemsOf(before as unknown as ResourceSpec), itemsOf(spec), (i) => i.key) : [];
  const replacements = Array.isArray(raw.replacements) ? (raw.replacements as ResourceChange["replacements"]) : [];
  const values = Object.fromEntries(fields.map((field) => [field, { before: before[field], after: after[field] }]));
  return { crm: report.crm, kind, name: spec.name, title: report.title(spec), op, fields, values, items, replacements, notes, owner: report.owner };
}

/** The changes an operation's events describe, in the engine's order. */
export function planFromEvents(events: readonly EngineEvent[]): ResourceChange[] {
  const notes = notesByResource(events);
  return events
    .map((e) => e.resourcePreEvent?.metadata)
    .filter((m): m is StepEventMetadata => m !== undefined)
    .map((m) => toChange(m, notes.get(nameOf(m.urn)) ?? []))
    .filter((c): c is ResourceChange => c !== undefined);
}

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** Provider log lines name their resource first (`<name>: …` or `<title> (<name>): …`); group them by it. */
function notesByResource(events: readonly EngineEvent[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const event of events) {
    const message = event.diagnosticEvent?.message?.trim();
    if (!message) continue;
    for (const line of message.split("\n")) {
      const match = /^(?:[^(:]*\(([a-z0-9-]+)\)|([a-z0-9-]+)): (.+)$/.exec(line.trim());
      if (!match) continue;
      const name = match[1] ?? match[2];
      notes.set(name, [...(notes.get(name) ?? []), match[3]]);
    }
  }
  return notes;
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
}

export function summarize(changes: readonly ResourceChange[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, delete: 0 };
  for (const change of changes) summary[change.op]++;
  return summary;
}
