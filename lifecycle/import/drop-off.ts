import type { DropOffReason } from "../schema";
import type { KeyAllocator } from "./keys";
import type { ImportNote } from "./snapshot";

export interface DropOffSource {
  appliesTo: "lead" | "opportunity";
  /** How the header names this list, e.g. `Lead.Drop_Off_Reason__c`. */
  where: string;
  values: Array<{ name: string; label: string }>;
}

/**
 * One list of drop-off reasons from the lead and opportunity lists, keeping each list's order
 * (the compiler filters the one list per object). Values both lists share must agree on the label.
 */
export function mergeDropOff(sources: readonly DropOffSource[], keys: KeyAllocator, crm: "salesforce" | "hubspot"): { reasons: DropOffReason[]; notes: ImportNote[] } {
  const merged: Array<{ name: string; label: string; appliesTo: Array<"lead" | "opportunity"> }> = [];
  const notes: ImportNote[] = [];
  for (const source of sources) {
    let previous = -1;
    for (const value of source.values) {
      let index = merged.findIndex((m) => m.name === value.name);
      if (index === -1) {
        index = previous + 1;
        merged.splice(index, 0, { name: value.name, label: value.label, appliesTo: [] });
      } else if (merged[index]!.label !== value.label) {
        notes.push({ kind: "difference", message: `${source.where} labels "${value.name}" "${value.label}", the other list "${merged[index]!.label}": the model has one label, so the preview relabels it.` });
      }
      merged[index]!.appliesTo.push(source.appliesTo);
      previous = index;
    }
  }
  for (const source of sources) {
    const order = merged.filter((m) => m.appliesTo.includes(source.appliesTo)).map((m) => m.name);
    if (order.join("\n") !== source.values.map((v) => v.name).join("\n"))
      notes.push({ kind: "difference", message: `${source.where} orders its reasons differently from the other list: the model has one order, so the preview reorders it.` });
  }
  const reasons = merged.map((m) => ({ key: keys.key(m.label, m.name), label: m.label, appliesTo: m.appliesTo, names: { [crm]: m.name } }));
  return { reasons, notes };
}
