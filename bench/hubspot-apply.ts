/**
 * Applies the default architecture's HubSpot specs (the golden file) to a fresh messy sandbox
 * portal through the real handlers and @hubspot/api-client, then reads everything back. A counting
 * proxy in front of the sandbox sees every request. Prints wall time, requests by API, 429s,
 * records moved and remaining drift.
 *   npx tsx bench/hubspot-apply.ts
 *   BENCH_HUBSPOT_TEN_SECONDLY=100 npx tsx bench/hubspot-apply.ts   (a portal allowing 100 requests per 10 s)
 */
import { readFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { HubSpotResourceSpec } from "../specs";
import { diffSpec } from "../providers/core/diff";
import type { ProviderEvent } from "../providers/core/events";
import { definitionOf } from "../providers/kinds";
import { createKind } from "../providers/operations";
import { startHubSpotSandbox } from "../sandbox/hubspot";
import { fixed, printTable } from "./measure";

interface Seen {
  method: string;
  area: string;
  status: number;
}

const areas: Array<[string, RegExp]> = [
  ["properties", /^\/crm\/v3\/properties\//],
  ["pipelines", /^\/crm\/v3\/pipelines\//],
  ["workflows", /^\/automation\/v4\/flows/],
  ["record search", /^\/crm\/v3\/objects\/[^/]+\/search/],
  ["record batch update", /^\/crm\/v3\/objects\/[^/]+\/batch\/update/],
];
const areaOf = (path: string) => areas.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";

/** A pass-through HTTP proxy that records method, API area and status of every request. */
async function countingProxy(target: string): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        seen.push({ method: req.method ?? "", area: areaOf(req.url ?? ""), status: reply.statusCode ?? 0 });
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    forward.on("error", (error) => res.destroy(error));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function main(): Promise<void> {
  const specs = JSON.parse(readFileSync(join(__dirname, "../test/unit/golden/default-hubspot.json"), "utf8")) as HubSpotResourceSpec[];
  const tenSecondly = Number(process.env.BENCH_HUBSPOT_TEN_SECONDLY) || undefined;
  const sandbox = await startHubSpotSandbox({ scenario: "messy", ...(tenSecondly ? { rateLimits: { tenSecondly } } : {}) });
  const proxy = await countingProxy(sandbox.url);
  const events: ProviderEvent[] = [];
  const ctx = {
    settings: { salesforce: { loginUrl: "", apiVersion: "62.0" }, hubspot: { basePath: proxy.url, token: sandbox.token } },
    emit: (event: ProviderEvent) => void events.push(event),
  };

  const started = performance.now();
  const created: Array<{ id: string; outs: HubSpotResourceSpec }> = [];
  for (const spec of specs) created.push((await createKind(definitionOf(spec.kind), spec, ctx)) as { id: string; outs: HubSpotResourceSpec });
  const applied = performance.now();
  const applyRequests = proxy.seen.length;
  const applyEvents = events.length;
  const drifted: string[] = [];
  for (const [i, spec] of specs.entries()) {
    // Read with the state create returned (it carries the ids HubSpot assigned), as a refresh does.
    const { handler, descriptor } = definitionOf(spec.kind);
    const live = await handler.read(created[i]!.id, created[i]!.outs, ctx);
    if (!live || diffSpec(descriptor, live, spec).changes) drifted.push(spec.name);
  }
  const read = performance.now();

  const moved = events.reduce((sum, e) => sum + (e.type === "moved" ? e.count : 0), 0);
  const retries = (from: number, to = events.length) => events.slice(from, to).filter((e) => e.type === "retried").length;
  const count = (filter: (s: Seen) => boolean, from = 0, to = proxy.seen.length) => proxy.seen.slice(from, to).filter(filter).length;

  printTable(
    `hubspot apply: default architecture (${specs.length} resources) onto the messy sandbox portal` +
      (tenSecondly ? ` (limit ${tenSecondly} requests per 10 s)` : ""),
    ["phase", "wall ms", "requests", "429s", "retries"],
    [
      ["apply (create/adopt)", fixed(applied - started, 0), applyRequests, count((s) => s.status === 429, 0, applyRequests), retries(0, applyEvents)],
      ["read back", fixed(read - applied, 0), proxy.seen.length - applyRequests, count((s) => s.status === 429, applyRequests), retries(applyEvents)],
    ],
  );
  printTable(
    "apply requests by API",
    ["API", "GET", "POST", "PUT", "PATCH", "DELETE"],
    [...areas.map(([area]) => area), "other"].map((area) => [
      area,
      ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => count((s) => s.area === area && s.method === method, 0, applyRequests)),
    ]),
  );
  console.log(`records moved off retired values: ${moved} (${events.filter((e) => e.type === "moved").length} moves)`);
  console.log(`resources drifted after apply:    ${drifted.length}${drifted.length > 0 ? ` (${drifted.join(", ")})` : ""}`);
  await proxy.close();
  await sandbox.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
