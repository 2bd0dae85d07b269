import type { SalesforcePort } from "../port";
import { RECORD_BATCH } from "../port";

/** A record field whose values come from a picklist, e.g. Lead.Status. */
export interface PicklistTarget {
  object: string;
  field: string;
}

const quote = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * Records the API can change. Salesforce refuses updates to converted leads: they keep their
 * values (which are deactivated, never deleted), so they neither block a retirement nor move.
 */
const movable = (object: string) => (object === "Lead" ? " AND IsConverted = false" : "");

/** How many records carry each of `values`, summed over the targets. One aggregate query per target. */
export async function countUsage(port: SalesforcePort, targets: readonly PicklistTarget[], values: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (values.length === 0) return counts;
  for (const { object, field } of targets) {
    const rows = await port.query<Record<string, unknown>>(
      `SELECT ${field}, COUNT(Id) total FROM ${object} WHERE ${field} IN (${values.map(quote).join(", ")})${movable(object)} GROUP BY ${field}`,
    );
    for (const row of rows) {
      const value = String(row[field]);
      counts.set(value, (counts.get(value) ?? 0) + Number(row.total ?? 0));
    }
  }
  return counts;
}

/** How many records of `target` keep `value` because the API cannot change them (converted leads). */
export async function countUnmovable(port: SalesforcePort, target: PicklistTarget, value: string): Promise<number> {
  if (!movable(target.object)) return 0;
  const rows = await port.query<Record<string, unknown>>(`SELECT COUNT(Id) total FROM ${target.object} WHERE ${target.field} = ${quote(value)} AND IsConverted = true`);
  return Number(rows[0]?.total ?? 0);
}

/** Moves every record of `target` from one value to another, 200 at a time; returns how many moved. */
export async function moveRecords(port: SalesforcePort, target: PicklistTarget, from: string, to: string, expected: number): Promise<number> {
  let moved = 0;
  // Bounded: each round moves a full batch or ends; a stuck update would otherwise loop forever.
  for (let round = 0; round <= Math.ceil(expected / RECORD_BATCH) + 1; round++) {
    const rows = await port.query<{ Id: string }>(`SELECT Id FROM ${target.object} WHERE ${target.field} = ${quote(from)}${movable(target.object)} LIMIT ${RECORD_BATCH}`);
    if (rows.length === 0) return moved;
    await port.updateRecords(target.object, rows.map((row) => ({ Id: row.Id, [target.field]: to })));
    moved += rows.length;
  }
  return moved;
}
