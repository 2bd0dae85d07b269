/** Record queries shared by the routes: which records are live, how many carry a value, and what search sees. */
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

/**
 * Records a write to the search index: with a lag, search keeps seeing `before` (null for a new
 * record: not found) until `searchLagMs` has passed. Call after changing `record.properties`.
 */
export function indexWrite(state: PortalState, record: SandboxRecord, before: Record<string, string | null> | null, nowMs = Date.now()): void {
  if (state.searchLagMs <= 0) {
    delete record.index;
    return;
  }
  const index = record.index ?? { base: before, pending: [] };
  const visible = index.pending.filter((p) => p.visibleAt <= nowMs);
  if (visible.length > 0) index.base = visible.at(-1)!.properties;
  index.pending = [...index.pending.filter((p) => p.visibleAt > nowMs), { visibleAt: nowMs + state.searchLagMs, properties: { ...record.properties } }];
  record.index = index;
}

/** The record's properties as search sees them now; null when search does not find it yet. */
export function searchView(record: SandboxRecord, nowMs = Date.now()): Record<string, string | null> | null {
  if (!record.index) return record.properties;
  const visible = record.index.pending.filter((p) => p.visibleAt <= nowMs);
  return visible.length > 0 ? visible.at(-1)!.properties : record.index.base;
}
