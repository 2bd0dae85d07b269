/**
 * Drift, in plain words: what differs between the live CRM (refreshed state) and the architecture.
 * Derived from the same `ResourceChange`s as a preview, read from the live side.
 */
import type { ResourceChange } from "./plan";

export type DriftKind = "added-outside" | "missing" | "changed" | "deleted" | "unmanaged";

export interface DriftItem {
  crm: "salesforce" | "hubspot";
  resource: string;
  object: string;
  kind: DriftKind;
  /** The value/option/stage concerned, when the drift is inside a list. */
  item?: string;
  field?: string;
  live?: unknown;
  declared?: unknown;
  /** What differs, without the object's name. */
  detail: string;
  /** One sentence for a person: the object and the detail. */
  summary: string;
  owner: string;
}

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : JSON.stringify(value));
/** Long values (formulas, flow bodies) are cut in sentences; JSON output keeps them whole. */
const brief = (value: unknown) => {
  const text = value === undefined ? "absent" : show(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

type Facts = Omit<DriftItem, "crm" | "resource" | "object" | "owner" | "summary">;

function itemOf(change: ResourceChange, facts: Facts): DriftItem {
  return { crm: change.crm, resource: change.name, object: change.title, owner: change.owner, ...facts, summary: `${change.title}: ${facts.detail}` };
}

function listDrift(change: ResourceChange): DriftItem[] {
  return change.items.flatMap((item): DriftItem[] => {
    switch (item.action) {
      case "remove":
        return [itemOf(change, { kind: "added-outside", item: item.key, live: item.before.label, detail: `${show(item.before.label)} (${item.key}) is live in the CRM but not in the architecture — added outside Bowtie, or retired by a change not applied yet.` })];
      case "add":
        return [itemOf(change, { kind: "missing", item: item.key, declared: item.after.label, detail: `${show(item.after.label)} (${item.key}) is declared but missing or inactive in the CRM.` })];
      case "modify":
        return item.fields.map((field) =>
          itemOf(change, {
            kind: "changed",
            item: item.key,
            field,
            live: item.before[field],
            declared: item.after[field],
            detail:
              field === "position"
                ? `${item.key} was moved to another position in the CRM.`
                : `${item.key} ${field} is ${brief(item.before[field])} in the CRM, ${brief(item.after[field])} in the architecture.`,
          }),
        );
    }
  });
}

const listFields = new Set(["values", "options", "stages", "replacements"]);

function propertyDrift(change: ResourceChange): DriftItem[] {
  return change.fields
    .filter((field) => !listFields.has(field))
    .map((field) => {
      const { before, after } = change.values[field] ?? {};
      return itemOf(change, { kind: "changed", field, live: before, declared: after, detail: `${field} is ${brief(before)} in the CRM, ${brief(after)} in the architecture.` });
    });
}

/** Every drifted item. `changes` come from a preview with refresh (before = live, after = declared). */
export function driftItems(changes: readonly ResourceChange[]): DriftItem[] {
  return changes.flatMap((change): DriftItem[] => {
    switch (change.op) {
      case "create":
        return [itemOf(change, { kind: "deleted", detail: "declared but not in the CRM — deleted outside Bowtie, or added by a change not applied yet." })];
      case "delete":
        return [itemOf(change, { kind: "unmanaged", detail: "managed by the stack but no longer declared in the architecture." })];
      default:
        return [...listDrift(change), ...propertyDrift(change)];
    }
  });
}
