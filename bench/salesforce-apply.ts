/**
 * Applies the default architecture's Salesforce specs (the golden file) to a fresh messy sandbox
 * through the real handlers and jsforce, then reads everything back. Prints wall time, API calls,
 * Metadata calls, records moved and remaining drift.
 *   npx tsx bench/salesforce-apply.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SalesforceResourceSpec } from "../specs";
import { diffSpec } from "../providers/core/diff";
import type { ProviderEvent } from "../providers/core/events";
import { definitionOf } from "../providers/kinds";
import { createKind } from "../providers/operations";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox } from "../sandbox/salesforce";

async function main(): Promise<void> {
  const specs = JSON.parse(readFileSync(join(__dirname, "../test/unit/golden/default-salesforce.json"), "utf8")) as SalesforceResourceSpec[];
  const sandbox = await startSalesforceSandbox({ scenario: "messy" });
  const events: ProviderEvent[] = [];
  const ctx = {
    settings: { salesforce: { loginUrl: sandbox.url, apiVersion: "62.0", ...creds, privateKey: undefined }, hubspot: { basePath: "" } },
    emit: (event: ProviderEvent) => void events.push(event),
  };
  const started = performance.now();
  for (const spec of specs) await createKind(definitionOf(spec.kind), spec, ctx);
  const applied = performance.now();
  let drifted = 0;
  for (const spec of specs) {
    const { handler, descriptor } = definitionOf(spec.kind);
    const live = await handler.read(spec.name, spec, ctx);
    if (!live || diffSpec(descriptor, live, spec).changes) drifted += 1;
  }
  const read = performance.now();
  const requests = sandbox.requests();
  const moved = events.reduce((sum, e) => sum + (e.type === "moved" ? e.count : 0), 0);
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
