/** Salesforce picklists (value sets, picklist fields) as value-holding kinds of the data-safety engine. */
import type { SalesforcePicklistValueSpec, ValueReplacement } from "../../../specs";
import type { HandlerContext } from "../../core/kind";
import { applyValueChange } from "../../core/values/guard";
import { valueChangeOf, type ValueHolding } from "../../core/values/holding";
import { itemsFor } from "../../core/values/plan";
import { untrackedRecords, type RecordMover } from "../../core/values/port";
import { openPort, type SalesforcePort } from "../port";
import { picklistRecords, type PicklistTarget } from "./records";

interface PicklistSpec {
  name: string;
  values: SalesforcePicklistValueSpec[];
  replacements: ValueReplacement[];
}

/** What differs between picklist kinds: how errors name one, and which record field carries its values. */
export interface PicklistKind<Spec extends PicklistSpec> {
  resourceOf(spec: Spec): string;
  /** Undefined when Bowtie cannot know (a global value set): its values are then retired unguarded. */
  targetOf(spec: Spec): PicklistTarget | undefined;
}

const apiNames = (spec: PicklistSpec) => spec.values.map((v) => v.apiName);

const recordsOf = (port: SalesforcePort, target: PicklistTarget | undefined): RecordMover => (target ? picklistRecords(port, target) : untrackedRecords);

/** The `ValueHolding` of a picklist kind: values by API name, live values as read back. */
export function picklistHolding<Spec extends PicklistSpec>(kind: PicklistKind<Spec>): ValueHolding<Spec> {
  return {
    crm: "salesforce",
    field: "values",
    resourceOf: kind.resourceOf,
    desiredValues: apiNames,
    liveValues: apiNames,
    recordsOf: (_live, spec, ctx) => recordsOf(openPort(ctx, spec.name, kind.resourceOf(spec)), kind.targetOf(spec)),
  };
}

/**
 * Brings a picklist from its `live` values to `spec` with the engine's sequence; `write` deploys a
 * value list, and Salesforce deactivates the values it had that are not listed. Retiring values are
 * deployed as they are live, never as the default, while their records move.
 */
export async function applyPicklistValues<Spec extends PicklistSpec>(
  kind: PicklistKind<Spec>,
  port: SalesforcePort,
  spec: Spec,
  live: SalesforcePicklistValueSpec[],
  write: (values: SalesforcePicklistValueSpec[]) => Promise<void>,
  ctx: HandlerContext,
): Promise<void> {
  const lists = { desired: spec.values, live };
  await applyValueChange(valueChangeOf(picklistHolding(kind), { ...spec, values: live }, spec), {
    records: recordsOf(port, kind.targetOf(spec)),
    deploy: (values) => write(itemsFor(values, lists, (v) => v.apiName, (v) => ({ ...v, default: false }))),
  }, ctx);
}
