/**
 * Compiler speed: the default architecture and a synthetic large one (200 lifecycle stages,
 * 50 pipelines), compiled for each target many times. Prints ms per compile, the size of the
 * output and the heap.
 *   npx tsx bench/compile.ts            (BENCH_RUNS=20 for a quick look)
 */
import { compile } from "../lifecycle/compile";
import { defaultArchitecture } from "../lifecycle/default-architecture";
import type { Target } from "../specs";
import type { Architecture } from "../lifecycle/schema";
import { parseArchitecture } from "../lifecycle/validate";
import { fixed, printTable, runsFromEnv, time } from "./measure";
import { largeSize, syntheticArchitecture } from "./synthetic";

function main(): void {
  const runs = runsFromEnv(200);
  const validation = time(() => parseArchitecture(syntheticArchitecture(largeSize)), Math.max(1, Math.floor(runs / 10)));
  const architectures: Array<[string, Architecture]> = [
    ["default", defaultArchitecture],
    [`synthetic ${largeSize.stages}/${largeSize.pipelines}`, parseArchitecture(syntheticArchitecture(largeSize))],
  ];
  const rows: Array<Array<string | number>> = [];
  for (const [name, architecture] of architectures) {
    for (const target of ["salesforce", "hubspot"] as Target[]) {
      const specs = compile(architecture, target);
      const timing = time(() => compile(architecture, target), runs);
      rows.push([name, target, specs.length, fixed(JSON.stringify(specs).length / 1024, 0), timing.runs, fixed(timing.meanMs, 3), fixed(timing.p95Ms, 3), fixed(timing.heapUsedMb, 1), fixed(timing.retainedMb, 2)]);
    }
  }
  printTable(
    "compile: architecture → resource specs (pure)",
    ["architecture", "target", "resources", "specs KB", "runs", "ms/compile", "p95 ms", "heap MB", "retained MB"],
    rows,
  );
  console.log(`validate the synthetic architecture (zod): ${fixed(validation.meanMs, 2)} ms mean over ${validation.runs} runs`);
}

main();
