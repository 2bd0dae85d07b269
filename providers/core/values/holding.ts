/**
 * What the data-safety engine needs to know about a kind that holds values: each such kind
 * (Salesforce value sets and picklist fields, HubSpot property options and pipelines) declares one
 * `ValueHolding`, and the same guard runs for all of them.
 */
import type { Target, ValueReplacement } from "../../../specs";
import type { HandlerContext } from "../kind";
import { previewPlan, type ValueChange } from "./guard";
import type { RecordMover } from "./port";

/** A spec whose values can be retired onto replacements. */
export interface ValueHoldingSpec {
  name: string;
  replacements: ValueReplacement[];
}

/**
 * How the engine sees one value-holding kind. Invariant: for a live object that holds exactly what
 * `spec` asks for, `liveValues(live, spec)` equals `desiredValues(spec)`, so the change is empty.
 */
export interface ValueHolding<Spec extends ValueHoldingSpec, State extends Spec = Spec> {
  crm: Target;
  /** The spec field that lists the values: `values`, `options`, `stages`. */
  field: string;
  /** The resource as errors name it. */
  resourceOf(spec: Spec): string;
  /** The values a spec asks for, in order, by the name replacements use (API name, option value, stage key). Pure. */
  desiredValues(spec: Spec): string[];
  /**
   * The values a live object holds (its read-back state), named as `spec` names them; a value the
   * spec does not know keeps its CRM name (e.g. a stage id). Pure.
   */
  liveValues(live: State, spec: Spec): string[];
  /** The records that carry the live object's values. No I/O until one of its methods runs. */
  recordsOf(live: State, spec: Spec, ctx: HandlerContext): RecordMover;
  /** Throws when the CRM refuses any change of these values whatever the records (e.g. a portal's locked options). Pure. */
  requireChangeable?(live: State, spec: Spec): void;
}

/** The change from a live object to a spec, in the engine's terms. Pure. */
export function valueChangeOf<Spec extends ValueHoldingSpec, State extends Spec>(holding: ValueHolding<Spec, State>, live: State, spec: Spec): ValueChange {
  return {
    name: spec.name,
    resource: holding.resourceOf(spec),
    crm: holding.crm,
    field: holding.field,
    live: holding.liveValues(live, spec),
    desired: holding.desiredValues(spec),
    replacements: spec.replacements,
  };
}

/**
 * The data-safety check of a preview, against what the CRM holds now (`live`: the object a create
 * adopts, or the read-back state of the one an update changes — not the last known state, since an
 * admin may have added a value and put records on it since). Throws `VALUES_IN_USE` when the change
 * would strand records; otherwise emits a `planned-move` per move `up` will make. Changes nothing.
 */
export async function previewValueChange<Spec extends ValueHoldingSpec, State extends Spec>(
  holding: ValueHolding<Spec, State>,
  live: State,
  spec: Spec,
  ctx: HandlerContext,
): Promise<void> {
  holding.requireChangeable?.(live, spec);
  await previewPlan(valueChangeOf(holding, live, spec), holding.recordsOf(live, spec, ctx), ctx);
}
