/**
 * Engine events as a preview of a large picklist change would emit them: `update` steps on
 * Salesforce picklist fields and HubSpot property options whose values are relabelled, added and
 * retired, plus the provider's "moved N records" events. Built for the report benchmark;
 * `planFromEvents` turns them into exactly `resources × valuesPerResource` item changes.
 */
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { encodeEvent } from "../providers/core/events";
import type { HubSpotPropertyOptionsSpec, SalesforcePicklistFieldSpec } from "../specs";

export interface ChangeShape {
  /** Resources changed (alternately Salesforce and HubSpot). */
  resources: number;
  /** Changed values per resource: 3/4 relabelled, 1/8 added, 1/8 retired with records moved (and 1/8 more left as they are). */
  valuesPerResource: number;
}

const TYPE = "pulumi-nodejs:dynamic:Resource";
const urnOf = (name: string) => `urn:pulumi:bench::bowtie::${TYPE}::${name}`;
const pad = (n: number) => String(n).padStart(4, "0");

interface Values {
  kept: string[];
  relabelled: Set<string>;
  added: string[];
  retired: string[];
}

function valuesFor(r: number, perResource: number): Values {
  const retiredCount = Math.floor(perResource / 8);
  const addedCount = retiredCount;
  const relabelledCount = perResource - retiredCount - addedCount;
  const unchanged = Math.max(1, retiredCount);
  const kept = Array.from({ length: relabelledCount + unchanged }, (_, i) => `Value ${r} ${pad(i)}`);
  return {
    kept,
    relabelled: new Set(kept.slice(0, relabelledCount)),
    added: Array.from({ length: addedCount }, (_, i) => `New Value ${r} ${pad(i)}`),
    retired: Array.from({ length: retiredCount }, (_, i) => `Old Value ${r} ${pad(i)}`),
  };
}

/** Before (live) and after (declared) for one Salesforce picklist field. */
function salesforcePair(r: number, v: Values): [SalesforcePicklistFieldSpec, SalesforcePicklistFieldSpec] {
  const base = { kind: "salesforce:picklist-field" as const, name: `sf-field-bench-${r}`, object: "Lead", field: `Bench_${r}__c`, label: `Bench ${r}`, restricted: true };
  const value = (apiName: string, label = apiName) => ({ apiName, label, default: false });
  const before = { ...base, values: [...v.kept.map((k) => value(k, v.relabelled.has(k) ? `${k} (old label)` : k)), ...v.retired.map((k) => value(k))], replacements: [] };
  const after = { ...base, values: [...v.kept.map((k) => value(k)), ...v.added.map((k) => value(k))], replacements: v.retired.map((from, i) => ({ from, to: v.kept[i % v.kept.length]! })) };
  return [before, after];
}

/** Before (live) and after (declared) for one HubSpot property's options. */
function hubspotPair(r: number, v: Values): [HubSpotPropertyOptionsSpec & { hubspotDefined: boolean }, HubSpotPropertyOptionsSpec] {
  const base = { kind: "hubspot:property-options" as const, name: `hs-options-bench-${r}`, objectType: "contacts" as const, property: `bench_${r}` };
  const option = (value: string, displayOrder: number, label = value) => ({ value, label, displayOrder });
  const before = {
    ...base,
    hubspotDefined: false,
    options: [...v.kept.map((k, i) => option(k, i, v.relabelled.has(k) ? `${k} (old label)` : k)), ...v.retired.map((k, i) => option(k, v.kept.length + i))],
    replacements: [],
  };
  const after = { ...base, options: [...v.kept.map((k, i) => option(k, i)), ...v.added.map((k, i) => option(k, v.kept.length + i))], replacements: v.retired.map((from, i) => ({ from, to: v.kept[i % v.kept.length]! })) };
  return [before, after];
}

/** The events of one preview that changes `resources × valuesPerResource` picklist values. */
export function picklistChangeEvents(shape: ChangeShape): EngineEvent[] {
  const events: EngineEvent[] = [];
  let sequence = 0;
  for (let r = 1; r <= shape.resources; r++) {
    const values = valuesFor(r, shape.valuesPerResource);
    const [before, after] = r % 2 === 1 ? salesforcePair(r, values) : hubspotPair(r, values);
    const urn = urnOf(after.name);
    const state = (inputs: object, outputs: object) => ({ type: TYPE, urn, id: after.name, parent: "", provider: "", inputs: inputs as Record<string, unknown>, outputs: outputs as Record<string, unknown> });
    events.push({
      sequence: sequence++,
      timestamp: 0,
      resourcePreEvent: { metadata: { op: "update", urn, type: TYPE, provider: "", old: state(before, before), new: state(after, {}), diffs: [] } },
    });
    const [records, field] = after.kind === "salesforce:picklist-field" ? [after.object, after.field] : [after.objectType, after.property];
    const moves = values.retired.map((from, i) =>
      encodeEvent({ type: "moved", resource: after.name, records, field, from, to: values.kept[i % values.kept.length]!, count: 10 + (i % 40) }),
    );
    events.push({ sequence: sequence++, timestamp: 0, diagnosticEvent: { urn, message: moves.join("\n"), color: "never", severity: "info" } });
  }
  return events;
}
