/**
 * Runs every benchmark, each in its own process (so heap figures do not mix), and prints their
 * tables. `npm run bench`; `npm run bench -- compile report` runs only those.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const benchmarks = ["compile", "lint", "report", "salesforce-apply", "hubspot-apply"];

function main(): number {
  const selected = process.argv.slice(2);
  const unknown = selected.filter((name) => !benchmarks.includes(name));
  if (unknown.length > 0) {
    console.error(`bench: unknown benchmark ${unknown.join(", ")}; choose from ${benchmarks.join(", ")}`);
    return 1;
  }
  const tsx = join(__dirname, "..", "node_modules", ".bin", "tsx");
  console.log(`Bowtie benchmarks on Node ${process.version}, ${process.platform}/${process.arch}`);
  const failed: string[] = [];
  for (const name of selected.length > 0 ? selected : benchmarks) {
    console.log(`\n=== ${name} ===`);
    const start = performance.now();
    const result = spawnSync(tsx, [join(__dirname, `${name}.ts`)], { stdio: "inherit" });
    console.log(`(${name}: ${((performance.now() - start) / 1000).toFixed(1)} s, exit ${result.status ?? result.signal})`);
    if (result.status !== 0) failed.push(name);
  }
  if (failed.length > 0) console.error(`\nbench: failed: ${failed.join(", ")}`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
