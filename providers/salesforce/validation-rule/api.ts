import type { SalesforceValidationRuleSpec } from "../../../specs";
import type { SalesforcePort } from "../port";
import { fullNameOf } from "./descriptor";

/** The rule as it is in the org, in the spec's shape; undefined when absent. */
export async function readRule(port: SalesforcePort, spec: SalesforceValidationRuleSpec): Promise<SalesforceValidationRuleSpec | undefined> {
  const [record] = await port.readMetadata("ValidationRule", [fullNameOf(spec)]);
  if (!record) return undefined;
  return {
    ...spec,
    active: record.active === true,
    description: (record.description as string | null) || undefined,
    errorConditionFormula: String(record.errorConditionFormula ?? ""),
    errorMessage: String(record.errorMessage ?? ""),
    errorDisplayField: (record.errorDisplayField as string | null) || undefined,
  };
}

/** Upserts the rule: creates it, or adopts and overwrites an existing one of the same name. */
export async function upsertRules(port: SalesforcePort, specs: SalesforceValidationRuleSpec[]): Promise<void> {
  await port.saveMetadata(
    "upsert",
    "ValidationRule",
    specs.map((spec) => ({
      fullName: fullNameOf(spec),
      active: spec.active,
      ...(spec.description ? { description: spec.description } : {}),
      errorConditionFormula: spec.errorConditionFormula,
      ...(spec.errorDisplayField ? { errorDisplayField: spec.errorDisplayField } : {}),
      errorMessage: spec.errorMessage,
    })),
  );
}

export async function deleteRule(port: SalesforcePort, spec: SalesforceValidationRuleSpec): Promise<void> {
  await port.deleteMetadata("ValidationRule", [fullNameOf(spec)]);
}
