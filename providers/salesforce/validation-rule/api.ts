import type { SalesforceValidationRuleSpec } from "../../../specs";
import { sameComponent } from "../component";
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

/**
 * Upserts the rules (creating them, or adopting existing ones of the same name), read-modify-write:
 * Bowtie manages `active`, the description, formula, message and display field; a rule already
 * exactly so is not written.
 */
export async function upsertRules(port: SalesforcePort, specs: SalesforceValidationRuleSpec[]): Promise<void> {
  const live = await port.readMetadata("ValidationRule", specs.map(fullNameOf));
  const changed = specs.flatMap((spec, i) => {
    const record = live[i];
    const { description: _d, errorDisplayField: _f, ...kept } = (record ?? {}) as Record<string, unknown>;
    const next = {
      ...kept,
      fullName: fullNameOf(spec),
      active: spec.active,
      ...(spec.description ? { description: spec.description } : {}),
      errorConditionFormula: spec.errorConditionFormula,
      ...(spec.errorDisplayField ? { errorDisplayField: spec.errorDisplayField } : {}),
      errorMessage: spec.errorMessage,
    };
    return record && sameComponent(record, next) ? [] : [next];
  });
  if (changed.length > 0) await port.saveMetadata("upsert", "ValidationRule", changed);
}

export async function deleteRule(port: SalesforcePort, spec: SalesforceValidationRuleSpec): Promise<void> {
  await port.deleteMetadata("ValidationRule", [fullNameOf(spec)]);
}
