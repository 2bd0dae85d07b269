/**
 * Lint speed: every governance rule over the default architecture and a synthetic large one
 * (200 lifecycle stages, 50 pipelines). Prints ms per lint, the findings and the heap.
 *   npx tsx bench/lint.ts               (BENCH_RUNS=20 for a quick look)
 */
import { defaultArchitecture } from "../lifecycle/default-architecture";
import { lint, lintRules } from "../lifecycle/lint";
import type { Architecture } from "../lifecycle/schema";
import { parseArchitecture } from "../lifecycle/validate";
import { fixed, printTable, runsFromEnv, time } from "./measure";
import { largeSize, syntheticArchitecture } from "./synthetic";

function main(): void {
  const runs = runsFromEnv(200);
  const architectures: Array<[string, Architecture]> = [
    ["default", defaultArchitecture],
    [`synthetic ${largeSize.stages}/${largeSize.pipelines}`, parseArchitecture(syntheticArchitecture(largeSize))],
  ];
  const rows = architectures.map(([name, architecture]) => {
    const findings = lint(architecture);
    const timing = time(() => lint(architecture), runs);
    const stages = architecture.lifecycle.length + Object.values(architecture.pipelines).reduce((n, p) => n + p.stages.length, 0);
    return [name, stages, findings.length, timing.runs, fixed(timing.meanMs, 3), fixed(timing.p95Ms, 3), fixed(timing.heapUsedMb, 1), fixed(timing.retainedMb, 2)];
  });
  printTable(
    `lint: ${Object.keys(lintRules).length} governance rules`,
    ["architecture", "stages", "findings", "runs", "ms/lint", "p95 ms", "heap MB", "retained MB"],
    rows,
  );
}

main();
