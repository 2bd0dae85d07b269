import type { DiffDescriptor } from "../diff";
import type { ValueHoldingSpec } from "./holding";

/**
 * The one diff policy for `replacements`, on every value-holding kind: they are instructions for
 * the update that retires a value (where its records go), not state the CRM holds. So a change to
 * replacements alone is no change: the CRM would not differ after `up`, a preview announcing an
 * update there would be noise, and drift can never show them. When values do change, the guard
 * reads the spec's replacements, and the update stores them with the rest of the spec.
 * Wraps a kind's descriptor; the result's `normalize` stays idempotent.
 */
export function ignoringReplacements<Spec extends ValueHoldingSpec>(descriptor: DiffDescriptor<Spec>): DiffDescriptor<Spec> {
  return { ...descriptor, normalize: (spec) => ({ ...descriptor.normalize(spec), replacements: [] }) };
}
