/**
 * The HubSpot requests of the engine's phases, with the default architecture's HubSpot specs (the
 * golden file) on a fresh messy sandbox portal, through the real handlers and @hubspot/api-client.
 * A recording proxy in front of the sandbox sees every request. Phases, as `bowtie up` and
 * `bowtie preview` drive the provider:
 *   first up            check (the adoption preview of each create) and create, per resource
 *   no-change preview   diff of each resource against what `up` stored
 *   refresh             read of each resource
 * Prints wall time, requests, 429s and retries per phase, requests by API for the first up,
 * records moved and remaining drift.
 *   npx tsx bench/hubspot-apply.ts
 *   BENCH_HUBSPOT_TEN_SECONDLY=100 npx tsx bench/hubspot-apply.ts   (a Free or Starter portal: 100 requests per 10 s)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { HubSpotResourceSpec } from "../specs";
import { diffSpec } from "../providers/core/diff";
import type { ProviderEvent } from "../providers/core/events";
import { definitionOf } from "../providers/kinds";
import { createKind, diffKind, previewCreate } from "../providers/operations";
import { startHubSpotSandbox } from "../sandbox/hubspot";
import { startRecordingProxy, type Exchange } from "../sandbox/hubspot/recording-proxy";
import { fixed, printTable } from "./measure";

const areas: Array<[string, RegExp]> = [
  ["properties", /^\/crm\/v3\/properties\//],
  ["pipelines", /^\/crm\/v3\/pipelines\//],
  ["workflows", /^\/automation\/v4\/flows/],
  ["record search", /^\/crm\/v3\/objects\/[^/]+\/search/],
  ["record batch read", /^\/crm\/v3\/objects\/[^/]+\/batch\/read/],
  ["record batch update", /^\/crm\/v3\/objects\/[^/]+\/batch\/update/],
];
const areaOf = (path: string) => areas.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

interface Phase {
  name: string;
  ms: number;
  exchanges: Exchange[];
  retries: number;
}

async function main(): Promise<void> {
  const specs = JSON.parse(readFileSync(join(__dirname, "../test/unit/golden/default-hubspot.json"), "utf8")) as HubSpotResourceSpec[];
  const tenSecondly = Number(process.env.BENCH_HUBSPOT_TEN_SECONDLY) || undefined;
  const sandbox = await startHubSpotSandbox({ scenario: "messy", ...(tenSecondly ? { rateLimits: { tenSecondly } } : {}) });
  const proxy = await startRecordingProxy(sandbox.url);
  const events: ProviderEvent[] = [];
  const ctx = {
    settings: { salesforce: { loginUrl: "", apiVersion: "62.0" }, hubspot: { basePath: proxy.url, token: sandbox.token } },
    emit: (event: ProviderEvent) => void events.push(event),
  };
  const phases: Phase[] = [];
  const measure = async (name: string, run: () => Promise<void>) => {
    const [before, eventsBefore, started] = [proxy.exchanges.length, events.length, performance.now()];
    await run();
    const retries = events.slice(eventsBefore).filter((e) => e.type === "retried").length;
    phases.push({ name, ms: performance.now() - started, exchanges: proxy.exchanges.slice(before), retries });
  };

  const created: Array<{ id: string; outs: HubSpotResourceSpec }> = [];
  await measure("first up", async () => {
    for (const spec of specs) {
      const definition = definitionOf(spec.kind);
      await previewCreate(definition, spec, ctx);
      created.push((await createKind(definition, spec, ctx)) as { id: string; outs: HubSpotResourceSpec });
    }
  });
  await measure("no-change preview", async () => {
    for (const [i, spec] of specs.entries()) await diffKind(definitionOf(spec.kind), created[i]!.id, created[i]!.outs, spec, ctx);
  });
  const drifted: string[] = [];
  await measure("refresh", async () => {
    for (const [i, spec] of specs.entries()) {
      const { handler, descriptor } = definitionOf(spec.kind);
      const live = await handler.read(created[i]!.id, created[i]!.outs, ctx);
      if (!live || diffSpec(descriptor, live, spec).changes) drifted.push(spec.name);
    }
  });

  const count = (exchanges: Exchange[], filter: (e: Exchange) => boolean) => exchanges.filter(filter).length;
  printTable(
    `hubspot phases: default architecture (${specs.length} resources) on the messy sandbox portal` + (tenSecondly ? ` (limit ${tenSecondly} requests per 10 s)` : ""),
    ["phase", "wall ms", "requests", "searches", "429s", "retries"],
    phases.map((p) => [p.name, fixed(p.ms, 0), p.exchanges.length, count(p.exchanges, (e) => areaOf(e.path) === "record search"), count(p.exchanges, (e) => e.status === 429), p.retries]),
  );
  const firstUp = phases[0]!.exchanges;
  printTable(
    "first up: requests by API",
    ["API", ...methods],
    [...areas.map(([area]) => area), "other"].map((area) => [area, ...methods.map((method) => count(firstUp, (e) => areaOf(e.path) === area && e.method === method))]),
  );
  const moves = events.filter((e): e is Extract<ProviderEvent, { type: "moved" }> => e.type === "moved");
  console.log(`records moved off retired values: ${moves.reduce((sum, e) => sum + e.count, 0)} (${moves.length} moves)`);
  console.log(`resources drifted after apply:    ${drifted.length}${drifted.length > 0 ? ` (${drifted.join(", ")})` : ""}`);
  await proxy.close();
  await sandbox.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
