import type { SalesforcePicklistValueSpec, ValueReplacement } from "../../../lifecycle/resources";

/** A value active in the org that the desired spec no longer lists. */
export interface Retirement {
  apiName: string;
  /** Where its records move; undefined when the architecture gives no replacement. */
  to?: string;
}

/** Values live but not desired (a renamed API name is one of them), each with its replacement. Pure. */
export function planRetirements(live: readonly string[], desired: readonly string[], replacements: readonly ValueReplacement[]): Retirement[] {
  const keep = new Set(desired);
  return live
    .filter((apiName) => !keep.has(apiName))
    .map((apiName) => {
      const to = replacements.find((r) => r.from === apiName)?.to;
      return to === undefined ? { apiName } : { apiName, to };
    });
}

/** A retirement that would strand records: no replacement, and `records` still carry the value. */
export interface StrandedValue {
  apiName: string;
  records: number;
}

export function strandedValues(retirements: readonly Retirement[], usage: ReadonlyMap<string, number>): StrandedValue[] {
  return retirements
    .filter((r) => r.to === undefined && (usage.get(r.apiName) ?? 0) > 0)
    .map((r) => ({ apiName: r.apiName, records: usage.get(r.apiName)! }));
}

/**
 * The values to deploy while records move: the desired values, then the retiring values that still
 * have records (kept active so the move can happen), as they are live.
 */
export function interimValues(
  desired: readonly SalesforcePicklistValueSpec[],
  live: readonly SalesforcePicklistValueSpec[],
  moving: readonly Retirement[],
): SalesforcePicklistValueSpec[] {
  const names = new Set(moving.map((r) => r.apiName));
  const kept = live.filter((value) => names.has(value.apiName)).map((value) => ({ ...value, default: false }));
  return [...desired, ...kept];
}

/** Human list: `"Won" (12 records), "Lost" (3 records)`. */
export function describeStranded(stranded: readonly StrandedValue[]): string {
  return stranded.map((s) => `"${s.apiName}" (${s.records} record${s.records === 1 ? "" : "s"})`).join(", ");
}
