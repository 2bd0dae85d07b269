import { asList, type MetadataRecord } from "./coerce";
import type { SaveError } from "./type";

/** A picklist value as stored: StandardValue / CustomValue / PicklistValue fields. */
export interface StoredValue {
  fullName: string;
  label?: string;
  default?: boolean;
  isActive?: boolean;
  [field: string]: unknown;
}

/**
 * Salesforce's deploy semantics for picklist values: the deployed values, in the deployed order,
 * are active (`isActive` is dropped, it only appears when false); values that existed but were
 * omitted are kept, deactivated, after them. Nothing is ever deleted, so records keep their values.
 */
export function mergePicklistValues(existing: readonly StoredValue[], incoming: readonly StoredValue[]): StoredValue[] {
  const deployed = incoming.map((value) => {
    const { isActive, ...rest } = value;
    return isActive === false ? { ...rest, isActive: false } : { ...rest };
  });
  const names = new Set(deployed.map((value) => value.fullName));
  const retired = existing.filter((value) => !names.has(value.fullName)).map((value) => ({ ...value, isActive: false }));
  return [...deployed, ...retired];
}

/** The values listed under `key` of a component (one value or a list, as parsed). */
export const valuesOf = (record: MetadataRecord | undefined, key: string): StoredValue[] => asList(record?.[key] as StoredValue | StoredValue[] | undefined);

export const isActiveValue = (value: StoredValue): boolean => value.isActive !== false;

/** Rejections Salesforce applies to any picklist: blank or duplicate names, several defaults. */
export function checkPicklistValues(values: readonly StoredValue[], field: string): SaveError | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (!value.fullName) return { statusCode: "REQUIRED_FIELD_MISSING", message: "Required field is missing: fullName", fields: [field] };
    const key = value.fullName.toLowerCase();
    if (seen.has(key)) return { statusCode: "DUPLICATE_VALUE", message: `Duplicate picklist value: ${value.fullName}`, fields: [field] };
    seen.add(key);
  }
  if (values.filter((value) => value.default === true && isActiveValue(value)).length > 1) {
    return { statusCode: "FIELD_INTEGRITY_EXCEPTION", message: "Only one picklist value can be the default", fields: [field] };
  }
  return undefined;
}
