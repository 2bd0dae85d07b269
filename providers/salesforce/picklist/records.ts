/** The records of one picklist field (e.g. Lead.Status), as the data-safety engine's `RecordMover`. */
import type { RecordMover } from "../../core/values/port";
import type { SalesforcePort } from "../port";
import { RECORD_BATCH } from "../port";

/** A record field whose values come from a picklist, e.g. Lead.Status. */
export interface PicklistTarget {
  object: string;
  field: string;
}

const quote = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * Salesforce refuses updates to converted leads: they keep their values (which are deactivated,
 * never deleted), so they neither block a retirement nor move. Only leads can be converted.
 */
const canConvert = (target: PicklistTarget) => target.object === "Lead";

/** Records per value of `values`, converted ones or the others. One aggregate query. */
async function countByValue(port: SalesforcePort, { object, field }: PicklistTarget, values: readonly string[], converted: boolean): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (values.length === 0) return counts;
  const scope = canConvert({ object, field }) ? ` AND IsConverted = ${converted}` : "";
  const rows = await port.query<Record<string, unknown>>(`SELECT ${field}, COUNT(Id) total FROM ${object} WHERE ${field} IN (${values.map(quote).join(", ")})${scope} GROUP BY ${field}`);
  for (const row of rows) counts.set(String(row[field]), Number(row.total ?? 0));
  return counts;
}

/** Moves every movable record of `target` from one value to another, 200 at a time; returns how many moved. */
async function moveRecords(port: SalesforcePort, target: PicklistTarget, from: string, to: string, expected: number): Promise<number> {
  const movable = canConvert(target) ? " AND IsConverted = false" : "";
  let moved = 0;
  // Bounded: each round moves a full batch or ends; a stuck update would otherwise loop forever.
  for (let round = 0; round <= Math.ceil(expected / RECORD_BATCH) + 1; round++) {
    const rows = await port.query<{ Id: string }>(`SELECT Id FROM ${target.object} WHERE ${target.field} = ${quote(from)}${movable} LIMIT ${RECORD_BATCH}`);
    if (rows.length === 0) return moved;
    await port.updateRecords(target.object, rows.map((row) => ({ Id: row.Id, [target.field]: to })));
    moved += rows.length;
  }
  return moved;
}

/**
 * The records of `target` that carry a picklist's values. SOQL counts are exact after a write, so
 * `verify` recounts: the final deploy deactivates a value only when no movable record is left on it.
 */
export function picklistRecords(port: SalesforcePort, target: PicklistTarget): RecordMover {
  const count = (values: readonly string[]) => countByValue(port, target, values, false);
  return {
    records: target.object,
    field: target.field,
    count,
    move: ({ from, to, count: expected }) => moveRecords(port, target, from, to, expected),
    verify: count,
    ...(canConvert(target) ? { unmovable: { reason: "converted-lead" as const, count: (values: readonly string[]) => countByValue(port, target, values, true) } } : {}),
  };
}
