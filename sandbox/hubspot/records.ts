/** Record queries shared by the routes that must know whether a value is still in use. */
import type { CrmObjectType, PortalState, SandboxRecord } from "./state";

export function liveRecords(state: PortalState, objectType: CrmObjectType): SandboxRecord[] {
  return state.records[objectType].filter((record) => !record.archived);
}

/** Count of live records per value of `property`, restricted to `values` and to records passing `where`. */
export function usageOf(
  state: PortalState,
  objectType: CrmObjectType,
  property: string,
  values: readonly string[],
  where: (record: SandboxRecord) => boolean = () => true,
): Map<string, number> {
  const usage = new Map<string, number>();
  for (const record of liveRecords(state, objectType)) {
    const value = record.properties[property];
    if (value != null && values.includes(value) && where(record)) usage.set(value, (usage.get(value) ?? 0) + 1);
  }
  return usage;
}

export function describeUsage(usage: Map<string, number>, noun: string): string {
  return [...usage].map(([value, count]) => `${value} (${count} ${noun})`).join(", ");
}
