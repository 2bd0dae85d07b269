import type { Condition, Literal, SoqlQuery } from "./soql";

export type Row = Record<string, unknown>;

/** Resolves `a.b.c` against nested rows; field names are case-insensitive, as in SOQL. */
export function fieldValue(row: Row, path: string): unknown {
  let current: unknown = row;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return null;
    const key = Object.keys(current as Row).find((k) => k.toLowerCase() === part.toLowerCase());
    current = key === undefined ? null : (current as Row)[key];
  }
  return current ?? null;
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

function compare(actual: unknown, op: string, expected: Literal): boolean {
  switch (op) {
    case "=": return actual === expected;
    case "!=": return actual !== expected;
    case "LIKE": return typeof actual === "string" && typeof expected === "string" && likeToRegExp(expected).test(actual);
    default: {
      if (actual === null || expected === null) return false;
      const a = actual as number | string;
      const b = expected as number | string;
      return op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b;
    }
  }
}

export function matches(row: Row, condition: Condition | undefined): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case "compare": return compare(fieldValue(row, condition.field), condition.op, condition.value);
    case "in": return condition.values.includes(fieldValue(row, condition.field) as Literal) !== condition.negated;
    case "and": return matches(row, condition.left) && matches(row, condition.right);
    case "or": return matches(row, condition.left) || matches(row, condition.right);
    case "not": return !matches(row, condition.inner);
  }
}

/** The query result as REST returns it: `totalSize` and the records (aggregates as AggregateResult rows). */
export function evaluate(query: SoqlQuery, rows: Row[]): { totalSize: number; records: Row[] } {
  let selected = rows.filter((row) => matches(row, query.where));
  const counts = query.select.filter((item) => item.kind === "count");
  if (query.select.length === 1 && counts.length === 1 && !counts[0]!.field && query.groupBy.length === 0) {
    return { totalSize: selected.length, records: [] };
  }
  if (counts.length > 0 || query.groupBy.length > 0) {
    const records = aggregate(query, selected);
    return { totalSize: records.length, records };
  }
  if (query.orderBy) {
    const { field, descending } = query.orderBy;
    selected = [...selected].sort((x, y) => {
      const a = fieldValue(x, field) as string;
      const b = fieldValue(y, field) as string;
      return (a < b ? -1 : a > b ? 1 : 0) * (descending ? -1 : 1);
    });
  }
  const totalSize = selected.length;
  const start = query.offset ?? 0;
  const page = selected.slice(start, query.limit === undefined ? undefined : start + query.limit);
  return { totalSize: query.limit === undefined ? totalSize : page.length, records: page.map((row) => project(query, row)) };
}

function project(query: SoqlQuery, row: Row): Row {
  const out: Row = { attributes: { type: query.from, url: `/services/data/v62.0/sobjects/${query.from}/${String(row.Id)}` } };
  for (const item of query.select) {
    if (item.kind !== "field") continue;
    const parts = item.field.split(".");
    let target = out;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Row;
    target[parts[parts.length - 1]!] = fieldValue(row, item.field);
  }
  return out;
}

function aggregate(query: SoqlQuery, rows: Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = JSON.stringify(query.groupBy.map((field) => fieldValue(row, field)));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (query.groupBy.length === 0 && groups.size === 0) groups.set("[]", []);
  let expr = 0;
  const aliases = query.select.map((item) => (item.kind === "count" ? item.alias ?? `expr${expr++}` : item.field));
  return [...groups.values()].map((members) => {
    const out: Row = { attributes: { type: "AggregateResult" } };
    query.select.forEach((item, i) => {
      if (item.kind === "count") out[aliases[i]!] = item.field ? members.filter((m) => fieldValue(m, item.field!) !== null).length : members.length;
      else out[item.field] = fieldValue(members[0]!, item.field);
    });
    return out;
  });
}
