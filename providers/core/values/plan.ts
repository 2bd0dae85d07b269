/**
 * The data-safety rule, pure: a value that records use is retired only after its records move to
 * the declared replacement. Written once for every kind that holds values (Salesforce picklist
 * values, HubSpot options and pipeline stages); the I/O is behind `RecordMover` (./port.ts).
 */
import type { ValueReplacement } from "../../../specs";

/** How many records carry one value. */
export interface ValueUsage {
  value: string;
  count: number;
}

/** `count` records move from the retired value `from` to the kept value `to`. */
export interface ValueMove {
  from: string;
  to: string;
  count: number;
}

export interface ValuePlan {
  /** Live values the desired list no longer has, in live order (a renamed value is one of them). */
  retired: string[];
  /** Retired values that records use, each with its replacement: the records move before it goes. */
  moves: ValueMove[];
  /** Retired values that records use with no replacement: applying would strand those records. */
  blocked: ValueUsage[];
  /** The list to hold while records move: the desired values, then the retired values that move. */
  interim: string[];
}

export interface ValuePlanInput {
  live: readonly string[];
  desired: readonly string[];
  replacements: readonly ValueReplacement[];
  /** Records per retired value; a value that is missing has none. */
  usage: ReadonlyMap<string, number>;
}

/**
 * Plans a change of a value list. Pure. Invariants: a retired value with records is either moved
 * or blocked, never dropped; a move only ever targets a desired value (a replacement whose `to` is
 * not desired counts as none); `planValueChange` of a list onto itself retires nothing.
 */
export function planValueChange({ live, desired, replacements, usage }: ValuePlanInput): ValuePlan {
  const kept = new Set(desired);
  const retired = live.filter((value) => !kept.has(value));
  const moves: ValueMove[] = [];
  const blocked: ValueUsage[] = [];
  for (const value of retired) {
    const count = usage.get(value) ?? 0;
    if (count <= 0) continue;
    const to = replacements.find((r) => r.from === value && kept.has(r.to))?.to;
    if (to === undefined) blocked.push({ value, count });
    else moves.push({ from: value, to, count });
  }
  return { retired, moves, blocked, interim: [...desired, ...moves.map((m) => m.from)] };
}

/**
 * The items for a planned list (`interim`, or the desired list): desired values as the spec has
 * them, retired ones as they are live, passed through `asRetiring` (e.g. not the default, hidden).
 * Names found in neither list are skipped. Pure.
 */
export function itemsFor<T>(
  values: readonly string[],
  lists: { desired: readonly T[]; live: readonly T[] },
  keyOf: (item: T) => string,
  asRetiring: (item: T, index: number) => T,
): T[] {
  const desired = new Map(lists.desired.map((item) => [keyOf(item), item]));
  const live = new Map(lists.live.map((item) => [keyOf(item), item]));
  const items: T[] = [];
  let retiring = 0;
  for (const value of values) {
    const wanted = desired.get(value);
    const held = live.get(value);
    if (wanted !== undefined) items.push(wanted);
    else if (held !== undefined) items.push(asRetiring(held, retiring++));
  }
  return items;
}
