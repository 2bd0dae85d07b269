/**
 * What the benchmarks share: timing a function over many runs, the heap around it, and a small
 * aligned table. Figures are printed, never asserted: they depend on the machine.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** A full garbage collection, so heap figures measure what is retained rather than garbage. */
const collect = runInNewContext("gc") as () => void;

export interface Timing {
  runs: number;
  meanMs: number;
  p95Ms: number;
  /** Heap in use right after the timed runs, before collecting (MB). */
  heapUsedMb: number;
  /** Heap still in use after a full collection, minus what was in use before the runs (MB). */
  retainedMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export function time(fn: () => unknown, runs: number, warmup = Math.min(5, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  collect();
  const before = process.memoryUsage().heapUsed;
  const samples: number[] = [];
  let keep: unknown;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    keep = fn();
    samples.push(performance.now() - start);
  }
  const heapUsed = process.memoryUsage().heapUsed;
  collect();
  const retained = process.memoryUsage().heapUsed - before;
  void keep;
  samples.sort((a, b) => a - b);
  return {
    runs,
    meanMs: samples.reduce((a, b) => a + b, 0) / runs,
    p95Ms: samples[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
    heapUsedMb: mb(heapUsed),
    retainedMb: mb(retained),
  };
}

/** `12.3` for figures that vary in the first decimal. */
export const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** Prints a title and an aligned table (numbers right-aligned). */
export function printTable(title: string, headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, col) => Math.max(...cells.map((row) => row[col]!.length)));
  const numeric = headers.map((_, col) => rows.every((row) => typeof row[col] === "number" || /^-?[\d.,]+( \w+)?$/.test(String(row[col]))));
  const line = (row: string[]) => row.map((cell, col) => (numeric[col] ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join("  ").trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** How many runs: `BENCH_RUNS` when set (e.g. a quick check), else the benchmark's default. */
export function runsFromEnv(fallback: number): number {
  const value = Number(process.env.BENCH_RUNS);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
