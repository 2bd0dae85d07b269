import type { SalesforcePicklistValueSpec } from "../../../specs";

/** Comparable form of a value: false flags and empty descriptions are the same as absent. Idempotent. */
export function normalizeValue(value: SalesforcePicklistValueSpec): SalesforcePicklistValueSpec {
  const out: SalesforcePicklistValueSpec = { apiName: value.apiName, label: value.label };
  if (value.description) out.description = value.description;
  for (const flag of ["default", "closed", "won", "converted"] as const) if (value[flag]) out[flag] = true;
  if (value.probability !== undefined) out.probability = value.probability;
  if (value.forecastCategory !== undefined) out.forecastCategory = value.forecastCategory;
  return out;
}

/** A spec value as a Metadata StandardValue / CustomValue. */
export function toMetadataValue(value: SalesforcePicklistValueSpec): Record<string, unknown> {
  const v = normalizeValue(value);
  return {
    fullName: v.apiName,
    default: v.default ?? false,
    label: v.label,
    ...(v.description ? { description: v.description } : {}),
    ...(v.closed !== undefined || v.won !== undefined || v.probability !== undefined ? { closed: v.closed ?? false, won: v.won ?? false } : {}),
    ...(v.probability !== undefined ? { probability: v.probability } : {}),
    ...(v.forecastCategory ? { forecastCategory: v.forecastCategory } : {}),
    ...(v.converted ? { converted: true } : {}),
  };
}

interface MetadataValue {
  fullName?: string;
  label?: string | null;
  description?: string | null;
  default?: boolean;
  isActive?: boolean | null;
  closed?: boolean | null;
  won?: boolean | null;
  converted?: boolean | null;
  probability?: number | null;
  forecastCategory?: string | null;
}

/** Active values of a read-back Metadata value list, in picklist order, in the spec's shape. */
export function fromMetadataValues(values: unknown): SalesforcePicklistValueSpec[] {
  const list = (Array.isArray(values) ? values : values ? [values] : []) as MetadataValue[];
  return list
    .filter((value) => value.isActive !== false && value.fullName)
    .map((value) =>
      normalizeValue({
        apiName: value.fullName!,
        label: value.label || value.fullName!,
        description: value.description ?? undefined,
        default: value.default === true,
        closed: value.closed === true,
        won: value.won === true,
        converted: value.converted === true,
        probability: value.probability ?? undefined,
        forecastCategory: (value.forecastCategory ?? undefined) as SalesforcePicklistValueSpec["forecastCategory"],
      }),
    );
}

/** A picklist's values as report items, keyed by API name. */
export const picklistItems = (spec: { values: SalesforcePicklistValueSpec[] }) => spec.values.map((v) => ({ ...v, key: v.apiName, label: v.label }));
