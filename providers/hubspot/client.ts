/**
 * The narrow port over `@hubspot/api-client`: a session made at run time from the connection
 * settings, and two ways to call HubSpot, both retried with `withRetry` and translated through
 * `errors.ts`. The client's own retry is left off (it counts attempts and ignores the 429 policy);
 * `apiRequest` (used for automation v4, which the client does not wrap) never retries by itself.
 */
import type { Client } from "@hubspot/api-client";
import { BowtieProviderError } from "../core/errors";
import type { HandlerContext } from "../core/kind";
import { defaultRetryPolicy, withRetry, type RetryPolicy } from "../core/retry";
import { knownSecrets } from "../core/settings";
import { failureFrom, translateError, translateFailure, type FailureSite } from "./errors";

export interface HubSpotSession {
  client: Client;
  /** Values to redact from any text that leaves the provider. */
  secrets: string[];
  retry: RetryPolicy;
}

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
  return { client: new HubSpotClient({ accessToken: token, basePath }), secrets: knownSecrets(ctx.settings), retry: policy };
}

/** Runs a call through the generated client, retrying transient failures. */
export function call<T>(session: HubSpotSession, site: FailureSite, run: (client: Client) => Promise<T>): Promise<T> {
  return withRetry(async () => {
    try {
      return await run(session.client);
    } catch (error) {
      throw translateError(error, site, session.secrets);
    }
  }, session.retry);
}

export interface RawRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  qs?: Record<string, string>;
}

/** Runs a raw `client.apiRequest` (JSON in, JSON out), retrying transient failures. */
export function request<T>(session: HubSpotSession, site: FailureSite, req: RawRequest): Promise<T> {
  return withRetry(async () => {
    let response: Awaited<ReturnType<Client["apiRequest"]>>;
    try {
      response = await session.client.apiRequest({ method: req.method, path: req.path, body: req.body as object, qs: req.qs });
    } catch (error) {
      throw translateError(error, site, session.secrets);
    }
    const text = await response.text();
    if (!response.ok) {
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      throw translateFailure(failureFrom(response.status, text, headers), site, session.secrets);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }, session.retry);
}

/** True when `error` is HubSpot saying the object does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof BowtieProviderError && error.code === "HUBSPOT_NOT_FOUND";
}
