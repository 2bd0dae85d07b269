import type { SalesforceFlowSpec, SalesforcePicklistFieldSpec, SalesforceValidationRuleSpec } from "../../../specs";

const mentions = (text: string, field: string) => new RegExp(`(^|[^A-Za-z0-9_.])${field}([^A-Za-z0-9_]|$)`).test(text);

/** The fields of `fields` on `object` that `text` names. */
const named = (fields: readonly SalesforcePicklistFieldSpec[], object: string, text: string) =>
  fields.filter((f) => f.object === object && mentions(text, f.field)).map((f) => `${f.object}.${f.field}`);

const withPlanned = <T extends object>(spec: T, planned: string[]): T => (planned.length > 0 ? { ...spec, plannedFields: [...new Set(planned)].sort() } : spec);

/**
 * Marks on each rule and flow the fields it uses that the same compile deploys (the picklist
 * fields, applied first), so the preview's field check does not expect them in the org yet. Pure.
 */
export function markPlannedFields(
  fields: readonly SalesforcePicklistFieldSpec[],
  rules: readonly SalesforceValidationRuleSpec[],
  flows: readonly SalesforceFlowSpec[],
): { rules: SalesforceValidationRuleSpec[]; flows: SalesforceFlowSpec[] } {
  return {
    rules: rules.map((rule) => withPlanned(rule, named(fields, rule.object, `${rule.errorConditionFormula} ${rule.errorDisplayField ?? ""}`))),
    flows: flows.map((flow) => {
      const target = flow.update.target === "$Record" ? flow.object : flow.update.target;
      const onTrigger = [...flow.conditions.map((c) => c.field), flow.update.recordField ?? ""].join(" ");
      const onTarget = [flow.update.field, flow.update.relatedBy ?? ""].join(" ");
      return withPlanned(flow, [...named(fields, flow.object, onTrigger), ...named(fields, target, onTarget)]);
    }),
  };
}
