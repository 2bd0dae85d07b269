import type { SalesforceValueSetSpec } from "../../../lifecycle/resources";
import type { DiffDescriptor } from "../../core/diff";
import { normalizeValue } from "../picklist/values";

/**
 * A value set is identified by its name and standard-ness; values are updated in place.
 * Replacements are instructions for an update, not state: they never make a diff on their own.
 */
export const valueSetDescriptor: DiffDescriptor<SalesforceValueSetSpec> = {
  replaceOn: ["valueSetName", "standard"],
  normalize: (spec) => ({ ...spec, values: spec.values.map(normalizeValue), replacements: [] }),
};

/** Where records carry a value set's values (global value sets: unknown without reading every field). */
export function valueSetTargets(spec: SalesforceValueSetSpec) {
  if (!spec.standard) return [];
  if (spec.valueSetName === "LeadStatus") return [{ object: "Lead", field: "Status" }];
  if (spec.valueSetName === "OpportunityStage") return [{ object: "Opportunity", field: "StageName" }];
  return [];
}
