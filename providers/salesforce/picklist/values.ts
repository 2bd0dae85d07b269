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

/** The value fields Bowtie manages; whatever else a live value carries (`color`, …) is kept. */
const MANAGED_VALUE_FIELDS = ["fullName", "default", "label", "description", "closed", "won", "probability", "forecastCategory", "converted", "isActive"];

const metadataList = (values: unknown) => (Array.isArray(values) ? values : values ? [values] : []) as Array<Record<string, unknown>>;

/**
 * The value list to deploy, read-modify-write: each value as `toMetadataValue` makes it, over
 * the live value of the same API name minus the fields Bowtie manages, so unmodelled fields
 * (colours, …) survive. Values not listed are left to Salesforce to deactivate.
 */
export function mergeMetadataValues(values: readonly SalesforcePicklistValueSpec[], live: unknown): Array<Record<string, unknown>> {
  const byName = new Map(metadataList(live).map((value) => [String(value.fullName), value]));
  return values.map((value) => {
    const held = Object.entries(byName.get(value.apiName) ?? {}).filter(([key]) => !MANAGED_VALUE_FIELDS.includes(key));
    return { ...Object.fromEntries(held), ...toMetadataValue(value) };
  });
}

/** True when deploying `desired` over the `live` active values (both in the spec's shape) changes no managed field or order. */
export const samePicklistValues = (live: readonly SalesforcePicklistValueSpec[], desired: readonly SalesforcePicklistValueSpec[]): boolean =>
  JSON.stringify(live.map(normalizeValue)) === JSON.stringify(desired.map(normalizeValue));

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
