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
  /** One sentence for a person. */
  summary: string;
  owner: string;
}

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : JSON.stringify(value));
/** Long values (formulas, flow bodies) are cut in sentences; JSON output keeps them whole. */
const brief = (value: unknown) => {
  const text = value === undefined ? "absent" : show(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function itemDrift(change: ResourceChange): DriftItem[] {
  const base = { crm: change.crm, resource: change.name, object: change.title, owner: change.owner };
  return change.items.flatMap((item): DriftItem[] => {
    if (item.action === "remove") {
      return [{ ...base, kind: "added-outside", item: item.key, live: item.before.label, summary: `${change.title}: ${show(item.before.label)} (${item.key}) is live in the CRM but not in the architecture — added outside Bowtie.` }];
    }
    if (item.action === "add") {
      return [{ ...base, kind: "missing", item: item.key, declared: item.after.label, summary: `${change.title}: ${show(item.after.label)} (${item.key}) is declared but missing or inactive in the CRM.` }];
    }
    return item.fields.map(
      (field): DriftItem => ({
        ...base,
        kind: "changed",
        item: item.key,
        field,
        live: item.before[field],
        declared: item.after[field],
        summary:
          field === "position"
            ? `${change.title}: ${item.key} was moved to another position in the CRM.`
            : `${change.title}: ${item.key} ${field} is ${brief(item.before[field])} in the CRM, ${brief(item.after[field])} in the architecture.`,
      }),
    );
  });
}

function fieldDrift(change: ResourceChange, itemsField: Set<string>): DriftItem[] {
  return change.fields
    .filter((field) => !itemsField.has(field) && field !== "replacements")
    .map((field) => ({
      crm: change.crm,
      resource: change.name,
      object: change.title,
      owner: change.owner,
      kind: "changed" as const,
      field,
      live: change.values[field]?.before,
      declared: change.values[field]?.after,
      summary: `${change.title}: ${field} is ${brief(change.values[field]?.before)} in the CRM, ${brief(change.values[field]?.after)} in the architecture.`,
    }));
}

/** Every drifted item. `changes` come from a preview with refresh (before = live, after = declared). */
export function driftItems(changes: readonly ResourceChange[]): DriftItem[] {
  return changes.flatMap((change): DriftItem[] => {
    const base = { crm: change.crm, resource: change.name, object: change.title, owner: change.owner };
    switch (change.op) {
      case "create":
        return [{ ...base, kind: "deleted", summary: `${change.title} is declared but no longer exists in the CRM — deleted outside Bowtie.` }];
      case "delete":
        return [{ ...base, kind: "unmanaged", summary: `${change.title} is managed by the stack but no longer declared in the architecture.` }];
      default: {
        const items = itemDrift(change);
        const listFields = new Set(items.length > 0 || change.items.length > 0 ? ["values", "options", "stages"] : []);
        return [...items, ...fieldDrift(change, listFields)];
      }
    }
  });
}
