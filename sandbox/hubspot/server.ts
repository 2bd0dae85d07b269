/**
 * The request pipeline: admin routes → injected faults → bearer auth → rate limits → HubSpot
 * routes. Every reply is JSON with `Content-Type: application/json;charset=utf-8`.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultInjector } from "./faults";
import { errorBody, HubSpotHttpError, matchRoute, type Route, type SandboxReply, type SandboxRequest } from "./http";
import type { RateLimiter } from "./limits";
import type { PortalStore } from "./state";

export interface PipelineDeps {
  token: string;
  store: PortalStore;
  faults: FaultInjector;
  limiter: RateLimiter;
  adminRoutes: Route[];
  apiRoutes: Route[];
}

const unauthorized = (): SandboxReply => ({
  status: 401,
  body: errorBody({
    message:
      "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
    category: "INVALID_AUTHENTICATION",
  }),
});

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HubSpotHttpError(400, errorBody({ message: "Invalid input JSON on line 1", category: "VALIDATION_ERROR" }));
  }
}

function send(res: ServerResponse, reply: SandboxReply): void {
  const body = reply.status === 204 || reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "Content-Type": "application/json;charset=utf-8",
    "x-hubspot-correlation-id": randomUUID(),
    ...reply.headers,
  });
  res.end(body);
}

function serve(routes: Route[], request: Omit<SandboxRequest, "params">, store: PortalStore): SandboxReply {
  const matched = matchRoute(routes, request.method, request.path);
  if (!matched) {
    return { status: 404, body: errorBody({ message: `No route for ${request.method} ${request.path}`, category: "OBJECT_NOT_FOUND" }) };
  }
  const ctx = { state: store.load(), changed: false };
  const reply = matched.route.handle({ ...request, params: matched.params }, ctx);
  if (ctx.changed) store.save();
  return reply;
}

/** Like `serve`, with HubSpot errors turned into replies (so they get the rate-limit headers too). */
function served(routes: Route[], request: Omit<SandboxRequest, "params">, store: PortalStore): SandboxReply {
  try {
    return serve(routes, request, store);
  } catch (error) {
    if (error instanceof HubSpotHttpError) return { status: error.status, body: error.body };
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function requestListener(deps: PipelineDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? "/", "http://sandbox");
      const request = { method: (req.method ?? "GET").toUpperCase(), path: url.pathname, query: url.searchParams, body: await readBody(req) };
      if (request.path.startsWith("/__sandbox/")) return send(res, serve(deps.adminRoutes, request, deps.store));
      const fault = deps.faults.take(request.method, request.path);
      if (fault?.latencyMs) await sleep(fault.latencyMs);
      if (fault?.reply) return send(res, fault.reply);
      if (req.headers.authorization !== `Bearer ${deps.token}`) return send(res, unauthorized());
      const limit = deps.limiter.take();
      if (limit.rejected) return send(res, limit.rejected);
      const reply = served(deps.apiRoutes, request, deps.store);
      send(res, { ...reply, headers: { ...limit.headers, ...reply.headers } });
    } catch (error) {
      if (error instanceof HubSpotHttpError) return send(res, { status: error.status, body: error.body });
      send(res, { status: 500, body: errorBody({ message: `Internal error: ${(error as Error).message}`, category: "INTERNAL_ERROR" }) });
    }
  };
}
