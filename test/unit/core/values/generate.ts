/** A small seeded generator of value-list changes, for the data-safety property tests. */
import type { ValueReplacement } from "../../../../specs";

/** mulberry32: a deterministic PRNG, so a failing case is reproducible from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pool = ["A", "B", "C", "D", "E", "F", "G", "H"];

export interface ValueCase {
  live: string[];
  desired: string[];
  replacements: ValueReplacement[];
  usage: Map<string, number>;
}

/**
 * A random case: live and desired lists over one pool, usage on any value, and replacements: most
 * retired values get one onto a desired value, and a few arbitrary ones (that the schema would
 * refuse) are mixed in.
 */
export function valueCase(random: () => number): ValueCase {
  const pickFrom = (values: readonly string[]) => values[Math.floor(random() * values.length)]!;
  const subset = () => pool.filter(() => random() < 0.5).sort(() => random() - 0.5);
  const live = subset();
  const desired = subset();
  const retired = live.filter((value) => !desired.includes(value));
  const declared = desired.length === 0 ? [] : retired.filter(() => random() < 0.8).map((from) => ({ from, to: pickFrom(desired) }));
  const arbitrary = Array.from({ length: Math.floor(random() * 3) }, () => ({ from: pickFrom(pool), to: pickFrom(pool) }));
  const replacements = [...declared, ...arbitrary].sort(() => random() - 0.5);
  const usage = new Map(pool.map((value) => [value, random() < 0.5 ? 0 : 1 + Math.floor(random() * 300)]));
  return { live, desired, replacements, usage };
}

/** Runs `check` over `runs` seeded cases; the seed is in the message of a failing case. */
export async function forEachCase(runs: number, check: (c: ValueCase) => void | Promise<void>): Promise<void> {
  for (let seed = 1; seed <= runs; seed++) {
    const c = valueCase(seeded(seed));
    try {
      await check(c);
    } catch (error) {
      throw new Error(`seed ${seed}: ${JSON.stringify({ ...c, usage: [...c.usage] })}: ${(error as Error).message}`);
    }
  }
}
