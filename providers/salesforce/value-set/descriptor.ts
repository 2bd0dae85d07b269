import type { SalesforceValueSetSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";
import { ignoringReplacements } from "../../core/values/diff-policy";
import { normalizeValue } from "../picklist/values";

/** A value set is identified by its name and standard-ness; values are updated in place. */
export const valueSetDescriptor: DiffDescriptor<SalesforceValueSetSpec> = ignoringReplacements({
  replaceOn: ["valueSetName", "standard"],
  normalize: (spec) => ({ ...spec, values: spec.values.map(normalizeValue) }),
});
