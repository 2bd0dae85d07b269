/**
 * Turns the engine events of a preview into Bowtie's change model: one `ResourceChange` per CRM
 * object that would change, with its impact, item-level changes (values, options, stages) and the
 * provider events decoded from the diagnostics. The same model feeds the preview, the drift report
 * and the PR comment; renderers live in their own files.
 */
import type { EngineEvent, StepEventMetadata } from "@pulumi/pulumi/automation";
import type { ResourceSpec } from "../../specs";
import { changedFields, diffKeyedList, type Change } from "../../providers/core/changes";
import { decodeEvents, eventPhases, type ProviderEvent } from "../../providers/core/events";
import type { DeleteImpact } from "../../providers/core/kind";
import { definitionOf } from "../../providers/kinds";
import { isKind, kindReport, type ReportItem } from "./kinds";

/**
 * What a change really does in the CRM, declared by the kind and the provider, not read off the
 * engine's operation: `adopt` takes over an object the CRM already has (the provider reported it),
 * `orphan` stops managing one and leaves it untouched, `destroy` removes it. A reviewer sees at a
 * glance what is really destroyed.
 */
export type Impact = "create" | "adopt" | "update" | "replace" | "destroy" | "orphan" | "no-change";

export interface ResourceChange {
  crm: "salesforce" | "hubspot";
  kind: ResourceSpec["kind"];
  name: string;
  title: string;
  impact: Impact;
  /** Top-level properties that differ (before = last known or live state, after = declared). */
  fields: string[];
  /** The before and after value of each changed property. */
  values: Record<string, { before: unknown; after: unknown }>;
  /** Item-level changes, for kinds that have items. */
  items: Change<ReportItem>[];
  /** Retired values and where their records go, as declared. */
  replacements: Array<{ from: string; to: string }>;
  /** What the providers reported for this resource (moves planned or made, adoptions), in order. */
  events: ProviderEvent[];
  owner: string;
}

type Props = Record<string, unknown>;

interface StepFacts {
  /** The last known state (outputs), as stored: state-only fields kept. */
  olds: Props;
  events: readonly ProviderEvent[];
  deleteImpact: (olds: Props) => DeleteImpact;
}

const adopts = (events: readonly ProviderEvent[]) => events.some((e) => e.type === "planned-adopt" || e.type === "adopted");

/** The impact of each engine step that concerns a Bowtie resource; other steps (reads, refreshes) have none. */
const stepImpacts: Record<string, ((facts: StepFacts) => Impact) | undefined> = {
  same: () => "no-change",
  create: ({ events }) => (adopts(events) ? "adopt" : "create"),
  update: () => "update",
  // A replacement is three steps (create-replacement, replace, delete-replaced): it counts once, as `replace`.
  replace: () => "replace",
  delete: ({ olds, events, deleteImpact }) => (events.some((e) => e.type === "orphaned") ? "orphan" : deleteImpact(olds)),
};

const withoutProvider = ({ __provider: _ignored, ...props }: Props): Props => props;

/**
 * Brings a state or an input to the kind's comparable form (the provider's own normalisation:
 * defaults filled, state-only fields dropped), so reports show exactly what the provider diffs.
 */
function comparable(kind: ResourceSpec["kind"], props: Props): Props {
  return definitionOf(kind).descriptor.normalize(withoutProvider(props) as unknown as ResourceSpec) as unknown as Props;
}

function toChange(m: StepEventMetadata, events: ProviderEvent[]): ResourceChange | undefined {
  const impactOf = stepImpacts[m.op];
  const raw = (m.op === "delete" ? m.old?.outputs : (m.new?.inputs ?? m.old?.inputs)) as Props | undefined;
  if (!impactOf || !raw || !isKind(raw.kind)) return undefined;
  const kind = raw.kind;
  const report = kindReport(kind);
  const impact = impactOf({ olds: withoutProvider((m.old?.outputs ?? {}) as Props), events, deleteImpact: report.deleteImpact });
  const changing = impact === "update" || impact === "replace";
  const after = comparable(kind, raw);
  const before = changing ? comparable(kind, (m.old?.outputs ?? {}) as Props) : after;
  const spec = after as unknown as ResourceSpec;
  const fields = changing ? changedFields(before, after) : [];
  const itemsOf = report.items;
  const items = itemsOf && changing ? diffKeyedList(itemsOf(before as unknown as ResourceSpec), itemsOf(spec), (i) => i.key) : [];
  const replacements = Array.isArray(raw.replacements) ? (raw.replacements as ResourceChange["replacements"]) : [];
  const values = Object.fromEntries(fields.map((field) => [field, { before: before[field], after: after[field] }]));
  return { crm: report.crm, kind, name: spec.name, title: report.title(spec), impact, fields, values, items, replacements, events, owner: report.owner };
}

/** The changes an operation's events describe, in the engine's order: every Bowtie resource whose impact is not `no-change`. */
export function planFromEvents(events: readonly EngineEvent[]): ResourceChange[] {
  const reported = eventsByResource(events);
  return events
    .map((e) => e.resourcePreEvent?.metadata)
    .filter((m): m is StepEventMetadata => m !== undefined)
    .map((m) => toChange(m, reported.get(nameOf(m.urn)) ?? []))
    .filter((c): c is ResourceChange => c !== undefined && c.impact !== "no-change");
}

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** The provider events in the engine's diagnostics, grouped by the resource they name. */
function eventsByResource(events: readonly EngineEvent[]): Map<string, ProviderEvent[]> {
  const byResource = new Map<string, ProviderEvent[]>();
  for (const event of events) {
    for (const reported of decodeEvents(event.diagnosticEvent?.message ?? "")) {
      const list = byResource.get(reported.resource) ?? [];
      list.push(reported);
      byResource.set(reported.resource, list);
    }
  }
  return byResource;
}

/** True when the providers reported doing something for this change (records moved, an object adopted), not only planning it. */
export const hasAppliedEvents = (change: ResourceChange) => change.events.some((event) => eventPhases[event.type] === "done");

/** Properties whose changes reports show item by item (values, options, stages) or as declared replacements. */
const listProperties = new Set(["values", "options", "stages", "replacements"]);

/** The changed properties that reports show as values: every changed property that is not a list of items. */
export function scalarFields(change: ResourceChange): string[] {
  return change.fields.filter((field) => !listProperties.has(field));
}

/** How many changes have each impact. */
export type PlanSummary = Record<Impact, number>;

export function summarize(changes: readonly ResourceChange[]): PlanSummary {
  const summary: PlanSummary = { create: 0, adopt: 0, update: 0, replace: 0, destroy: 0, orphan: 0, "no-change": 0 };
  for (const change of changes) summary[change.impact]++;
  return summary;
}
