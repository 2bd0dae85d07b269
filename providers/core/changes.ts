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
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterKeys = new Set(after.map(keyOf));
  const moved = movedKeys(before.map(keyOf).filter((k) => afterKeys.has(k)), after.map(keyOf).filter((k) => beforeByKey.has(k)));
  const changes: Change<T>[] = [];
  after.forEach((item) => {
    const key = keyOf(item);
    const old = beforeByKey.get(key);
    if (!old) {
      changes.push({ action: "add", key, after: item });
      return;
    }
    const fields = changedFields(old, item);
    if (moved.has(key)) fields.push("position");
    if (fields.length > 0) changes.push({ action: "modify", key, before: old, after: item, fields });
  });
  for (const [key, item] of beforeByKey) {
    if (!afterKeys.has(key)) changes.push({ action: "remove", key, before: item });
  }
  return changes;
}

/**
 * The keys whose relative order changed: those outside a longest common subsequence of the two
 * orders. An insertion or a removal moves nothing else.
 */
function movedKeys(before: readonly string[], after: readonly string[]): Set<string> {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length; ) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(after.filter((key) => !kept.has(key)));
}
