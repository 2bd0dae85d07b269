/**
 * Applies the default architecture's Salesforce specs (the golden file) to a fresh messy sandbox
 * through the real handlers and jsforce, then reads everything back. Prints wall time, API calls,
 * Metadata calls, records moved and remaining drift.
 *   npx tsx bench/salesforce-apply.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SalesforceResourceSpec } from "../lifecycle/resources";
import { diffSpec } from "../providers/core/diff";
import type { KindHandler } from "../providers/core/kind";
import { salesforceHandlers } from "../providers/salesforce";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox } from "../sandbox/salesforce";

async function main(): Promise<void> {
  const specs = JSON.parse(readFileSync(join(__dirname, "../test/unit/golden/default-salesforce.json"), "utf8")) as SalesforceResourceSpec[];
  const sandbox = await startSalesforceSandbox({ scenario: "messy" });
  const logs: string[] = [];
  const ctx = {
    settings: { salesforce: { loginUrl: sandbox.url, apiVersion: "62.0", ...creds, privateKey: undefined }, hubspot: { basePath: "" } },
    log: (line: string) => logs.push(line),
  };
  const handlerOf = (spec: SalesforceResourceSpec) => salesforceHandlers[spec.kind] as KindHandler<SalesforceResourceSpec>;
  const started = performance.now();
  for (const spec of specs) await handlerOf(spec).create(spec, ctx);
  const applied = performance.now();
  let drifted = 0;
  for (const spec of specs) {
    const live = await handlerOf(spec).read(spec.name, spec, ctx);
    if (!live || diffSpec(handlerOf(spec).descriptor, live, spec).changes) drifted += 1;
  }
  const read = performance.now();
  const requests = sandbox.requests();
  const moved = logs.map((line) => Number(/moved (\d+)/.exec(line)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
  console.log(`resources             ${specs.length}`);
  console.log(`apply                 ${(applied - started).toFixed(0)} ms`);
  console.log(`read back             ${(read - applied).toFixed(0)} ms`);
  console.log(`HTTP requests         ${requests.length} (${requests.filter((r) => r.operation).length} Metadata calls, max ${Math.max(...requests.map((r) => r.components ?? 0))} components each)`);
  console.log(`records moved         ${moved}`);
  console.log(`drifted after apply   ${drifted}`);
  await sandbox.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
