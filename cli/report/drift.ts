/**
 * Drift: what differs between the live CRM (refreshed state) and the architecture, as data. Derived
 * from the same `ResourceChange`s as a preview, read from the live side; `render-drift.ts` words it.
 */
import { scalarFields, type ResourceChange } from "./plan";

/**
 * `added-outside`: an item is live but not declared; `missing`: declared but not live; `changed`: a
 * property or an item's field differs; `deleted`: the whole object is gone from the CRM;
 * `unmanaged`: the stack manages an object the architecture no longer declares.
 */
export type DriftKind = "added-outside" | "missing" | "changed" | "deleted" | "unmanaged";

/** One drifted thing. Data only: values whole, never cut; no sentences. */
export interface DriftItem {
  crm: "salesforce" | "hubspot";
  resource: string;
  object: string;
  kind: DriftKind;
  /** The key of the value/option/stage concerned, when the drift is inside a list. */
  item?: string;
  field?: string;
  /** The live value: the item's label for `added-outside`, the field's value for `changed`. */
  live?: unknown;
  /** The declared value: the item's label for `missing`, the field's value for `changed`. */
  declared?: unknown;
  owner: string;
}

type Facts = Pick<DriftItem, "kind" | "item" | "field" | "live" | "declared">;

function itemOf(change: ResourceChange, facts: Facts): DriftItem {
  return { crm: change.crm, resource: change.name, object: change.title, ...facts, owner: change.owner };
}

function listDrift(change: ResourceChange): DriftItem[] {
  return change.items.flatMap((item): DriftItem[] => {
    switch (item.action) {
      case "remove":
        return [itemOf(change, { kind: "added-outside", item: item.key, live: item.before.label })];
      case "add":
        return [itemOf(change, { kind: "missing", item: item.key, declared: item.after.label })];
      case "modify":
        return item.fields.map((field) => itemOf(change, { kind: "changed", item: item.key, field, live: item.before[field], declared: item.after[field] }));
    }
  });
}

function propertyDrift(change: ResourceChange): DriftItem[] {
  return scalarFields(change).map((field) => {
    const { before, after } = change.values[field] ?? {};
    return itemOf(change, { kind: "changed", field, live: before, declared: after });
  });
}

/** Every drifted item. `changes` come from a preview with refresh (before = live, after = declared). */
export function driftItems(changes: readonly ResourceChange[]): DriftItem[] {
  return changes.flatMap((change): DriftItem[] => {
    switch (change.impact) {
      case "create":
      case "adopt":
        return [itemOf(change, { kind: "deleted" })];
      case "destroy":
      case "orphan":
        return [itemOf(change, { kind: "unmanaged" })];
      case "update":
      case "replace":
        return [...listDrift(change), ...propertyDrift(change)];
      case "no-change":
        return [];
    }
  });
}
