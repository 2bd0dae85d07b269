import type { SalesforceValidationRuleSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";

/** A rule is identified by object and name; formula, message and `active` update in place. */
export const validationRuleDescriptor: DiffDescriptor<SalesforceValidationRuleSpec> = {
  replaceOn: ["object", "ruleName"],
  normalize: ({ plannedFields: _planned, ...spec }) => ({ ...spec, description: spec.description || undefined, errorDisplayField: spec.errorDisplayField || undefined }),
};

export const fullNameOf = (spec: Pick<SalesforceValidationRuleSpec, "object" | "ruleName">) => `${spec.object}.${spec.ruleName}`;
