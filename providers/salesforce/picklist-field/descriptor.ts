import type { SalesforcePicklistFieldSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";
import { ignoringReplacements } from "../../core/values/diff-policy";
import { normalizeValue } from "../picklist/values";

/** A field is identified by object and API name (changing either is a new field); the rest updates in place. */
export const picklistFieldDescriptor: DiffDescriptor<SalesforcePicklistFieldSpec> = ignoringReplacements({
  replaceOn: ["object", "field"],
  normalize: (spec) => ({ ...spec, description: spec.description || undefined, values: spec.values.map(normalizeValue) }),
});

export const fullNameOf = (spec: Pick<SalesforcePicklistFieldSpec, "object" | "field">) => `${spec.object}.${spec.field}`;
