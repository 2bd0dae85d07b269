/**
 * The narrow port over `@hubspot/api-client`: a session made at run time from the connection
 * settings, and two ways to call HubSpot, both paced by the portal's shared pacer (pacing.ts),
 * retried with `withRetry` and translated through `errors.ts`. The client's own retry is left off
 * (it counts attempts and ignores the 429 policy), and so is its Bottleneck limiter
 * (`limiterOptions`): it is installed process-wide by the last `Client` made, one per client rather
 * than per token, wraps each method twice (the method and its `…WithHttpInfo`) and never reads the
 * rate-limit headers. Generated calls are paced and observed through per-call middleware (13.5.0
 * ignores the `middleware` of the client's config unless a call passes middleware of its own);
 * `apiRequest` (used where the client lacks an endpoint or a parameter) does it itself.
 */
import type { Client } from "@hubspot/api-client";
import { BowtieProviderError } from "../core/errors";
import type { HandlerContext } from "../core/kind";
import { defaultRetryPolicy, withRetry, type RetryPolicy } from "../core/retry";
import { knownSecrets } from "../core/settings";
import { failureFrom, translateError, translateFailure, type FailureSite } from "./errors";
import { laneOf, pacerFor, type PortalPacer } from "./pacing";

/**
 * The options every generated call takes last (`_options`): the pacing middleware, appended to the
 * client's own. Typed loosely on purpose: each generated module declares its own (nominal) types.
 */
export type CallOptions = any;

export interface HubSpotSession {
  client: Client;
  /** The pace every call of this portal keeps, shared by all sessions of the token. */
  pacer: PortalPacer;
  /** Pass as the last argument of every generated call. */
  options: CallOptions;
  /** Values to redact from any text that leaves the provider. */
  secrets: string[];
  retry: RetryPolicy;
}

/** What the generated client's middleware sees of a request and a response. */
interface RequestContextLike {
  getUrl(): string;
}
interface ResponseContextLike {
  headers: Record<string, string>;
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));

/** Paces every generated call before it is sent and learns the limits from every reply (errors included). */
const pacingMiddleware = (pacer: PortalPacer) => ({
  pre: async (context: unknown) => {
    await pacer.acquire(laneOf((context as RequestContextLike).getUrl()));
    return context;
  },
  post: async (context: unknown) => {
    pacer.observe(lowerCased((context as ResponseContextLike).headers ?? {}));
    return context;
  },
});

/** Builds a client from the settings of this run. Throws a clear error when no token is configured. */
export function openSession(ctx: HandlerContext, site: FailureSite, retry: RetryPolicy = defaultRetryPolicy): HubSpotSession {
  const { basePath, token } = ctx.settings.hubspot;
  if (!token) {
    throw new BowtieProviderError({
      resource: site.resource,
      code: "HUBSPOT_NO_TOKEN",
      message: "No HubSpot access token is configured.",
      fix: "Run `pulumi config set --secret bowtie:hubspotToken <private-app token>` or set BOWTIE_HUBSPOT_TOKEN.",
    });
  }
  // Loaded here, in the provider process, so the serialized provider never captures the client.
  const { Client: HubSpotClient } = require("@hubspot/api-client") as typeof import("@hubspot/api-client");
  const policy: RetryPolicy = {
    ...retry,
    onRetry: ({ attempt, delayMs, error }) => ctx.emit({ type: "retried", resource: site.resource, attempt, delayMs, code: error.code }),
  };
  const pacer = pacerFor(token);
  const options: CallOptions = { middleware: [pacingMiddleware(pacer)], middlewareMergeStrategy: "append" };
  return { client: new HubSpotClient({ accessToken: token, basePath }), pacer, options, secrets: knownSecrets(ctx.settings), retry: policy };
}

/** A rate limit HubSpot still answered holds the whole portal's calls, not only this one's retry. */
function held(session: HubSpotSession, error: Error): Error {
  if (error instanceof BowtieProviderError && error.code === "HUBSPOT_RATE_LIMITED" && error.retryAfterMs) session.pacer.hold(error.retryAfterMs);
  return error;
}

/** Runs one call (one request) through the generated client, retrying transient failures. `run` passes `options` last, so the call is paced. */
export function call<T>(session: HubSpotSession, site: FailureSite, run: (client: Client, options: CallOptions) => Promise<T>): Promise<T> {
  return withRetry(async () => {
    try {
      return await run(session.client, session.options);
    } catch (error) {
      throw held(session, translateError(error, site, session.secrets));
    }
  }, session.retry);
}

export interface RawRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  qs?: Record<string, string>;
}

/** Runs a raw `client.apiRequest` (JSON in, JSON out), paced, retrying transient failures. */
export function request<T>(session: HubSpotSession, site: FailureSite, req: RawRequest): Promise<T> {
  return withRetry(async () => {
    let response: Awaited<ReturnType<Client["apiRequest"]>>;
    try {
      await session.pacer.acquire(laneOf(req.path));
      response = await session.client.apiRequest({ method: req.method, path: req.path, body: req.body as object, qs: req.qs });
    } catch (error) {
      throw held(session, translateError(error, site, session.secrets));
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    session.pacer.observe(headers);
    const text = await response.text();
    if (!response.ok) throw held(session, translateFailure(failureFrom(response.status, text, headers), site, session.secrets));
    return (text ? JSON.parse(text) : undefined) as T;
  }, session.retry);
}

/** True when `error` is HubSpot saying the object does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof BowtieProviderError && error.code === "HUBSPOT_NOT_FOUND";
}
