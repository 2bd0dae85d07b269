import { isDeepStrictEqual } from "node:util";

/**
 * One change model for everything Bowtie compares: provider diffs, previews, drift reports and PR
 * comments all speak in `Change`s. Computing changes never mutates the inputs.
 */
export type Change<T> =
  | { action: "add"; key: string; after: T }
  | { action: "modify"; key: string; before: T; after: T; fields: string[] }
  | { action: "remove"; key: string; before: T };

/** Names of the top-level fields whose values differ (deep comparison; undefined ≡ missing). */
export function changedFields(before: object, after: object, ignore: readonly string[] = []): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys]
    .filter((key) => !ignore.includes(key) && !isDeepStrictEqual(b[key] ?? null, a[key] ?? null))
    .sort();
}

/**
 * Compares two keyed lists (picklist values, options, stages). Order changes are reported as a
 * `modify` of `position` so a reorder shows as an update, never as remove + add.
 */
export function diffKeyedList<T extends object>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): Change<T>[] {
  const beforeByKey = new Map(before.map((item, index) => [keyOf(item), { item, index }]));
  const afterKeys = new Set(after.map(keyOf));
  const changes: Change<T>[] = [];
  after.forEach((item, index) => {
    const key = keyOf(item);
    const old = beforeByKey.get(key);
    if (!old) {
      changes.push({ action: "add", key, after: item });
      return;
    }
    const fields = changedFields(old.item, item);
    if (old.index !== index) fields.push("position");
    if (fields.length > 0) changes.push({ action: "modify", key, before: old.item, after: item, fields });
  });
  for (const { item } of beforeByKey.values()) {
    const key = keyOf(item);
    if (!afterKeys.has(key)) changes.push({ action: "remove", key, before: item });
  }
  return changes;
}
