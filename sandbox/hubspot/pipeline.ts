/**
 * HubSpot's side of a request, after the kit's admin endpoints and injected faults: JSON body →
 * bearer auth → rate limits → the contract (a query or body HubSpot would refuse gets its 400) →
 * the route table. Every reply, errors and 204s included, is JSON with
 * `Content-Type: application/json;charset=utf-8` (the generated client parses nothing else) and an
 * `x-hubspot-correlation-id`.
 */
import { randomUUID } from "node:crypto";
import type { SandboxRequest, WireReply } from "../common/http";
import { findRoute } from "../common/routes";
import type { StateContext } from "../common/sandbox";
import { requestViolations, type ContractViolation } from "./contract";
import { errorBody, HubSpotHttpError, type HubSpotReply, type HubSpotRoute } from "./http";
import type { RateLimiter, RequestLane } from "./limits";
import type { PortalState } from "./state";

const unauthorized = (): HubSpotReply => ({
  status: 401,
  body: errorBody({
    message:
      "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
    category: "INVALID_AUTHENTICATION",
  }),
});

export function encode(reply: HubSpotReply): WireReply {
  return {
    status: reply.status,
    headers: { "Content-Type": "application/json;charset=utf-8", "x-hubspot-correlation-id": randomUUID(), ...reply.headers },
    body: reply.status === 204 || reply.body === undefined ? "" : JSON.stringify(reply.body),
  };
}

/** The JSON body (undefined when empty); an invalid one is refused before auth and limits. */
function parseBody(text: string): { value: unknown } | { invalid: HubSpotReply } {
  if (text.trim() === "") return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { invalid: { status: 400, body: errorBody({ message: "Invalid input JSON on line 1", category: "VALIDATION_ERROR" }) } };
  }
}

/** HubSpot's 400 for input its schema refuses: a `VALIDATION_ERROR` naming each field. */
function invalidInput(violations: readonly ContractViolation[]): HubSpotReply {
  const where = (v: ContractViolation) => `${v.part.replace("request.", "")}${v.path ? `.${v.path}` : ""}`;
  return {
    status: 400,
    body: errorBody({
      message: `Invalid input: ${violations.map((v) => `${where(v)}: ${v.message}`).join("; ")}`,
      category: "VALIDATION_ERROR",
      errors: violations.map((v) => ({ message: v.message, in: where(v), code: "INVALID_INPUT" })),
    }),
  };
}

/** The CRM search endpoints have their own per-second limit. */
const laneOf = (path: string): RequestLane => (/^\/crm\/v3\/objects\/[^/]+\/search\/?$/.test(path) ? "search" : "standard");

/** The route's reply, with HubSpot errors turned into replies (so they get the rate-limit headers too). */
function served(routes: readonly HubSpotRoute[], request: SandboxRequest, body: unknown, ctx: StateContext<PortalState>): HubSpotReply {
  const { method, path, query } = request;
  const matched = findRoute(routes, method, path);
  if (!matched) return { status: 404, body: errorBody({ message: `No route for ${method} ${path}`, category: "OBJECT_NOT_FOUND" }) };
  try {
    return matched.route.handle({ method, path, query, params: matched.params, body }, ctx);
  } catch (error) {
    if (error instanceof HubSpotHttpError) return { status: error.status, body: error.body };
    throw error;
  }
}

export function hubspotApi(routes: readonly HubSpotRoute[], token: string, limiter: RateLimiter) {
  return (request: SandboxRequest, ctx: StateContext<PortalState>): WireReply => {
    const body = parseBody(request.text);
    if ("invalid" in body) return encode(body.invalid);
    if (request.headers.authorization !== `Bearer ${token}`) return encode(unauthorized());
    const limit = limiter.take(laneOf(request.path));
    if (limit.rejected) return encode(limit.rejected);
    const violations = requestViolations({ method: request.method, path: request.path, query: request.query, body: body.value }).filter((v) => v.part !== "endpoint");
    const reply = violations.length > 0 ? invalidInput(violations) : served(routes, request, body.value, ctx);
    return encode({ ...reply, headers: { ...limit.headers, ...reply.headers } });
  };
}

export const internalError = (error: unknown): WireReply =>
  encode({ status: 500, body: errorBody({ message: `Internal error: ${(error as Error).message}`, category: "INTERNAL_ERROR" }) });
