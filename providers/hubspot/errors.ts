/**
 * The one table that turns HubSpot failures into Bowtie errors. Keyed by HTTP status, HubSpot
 * `category`, `subCategory` and (for 429) `policyName`; never by message text. Every message is
 * redacted of the token before it leaves this module.
 */
import { BowtieProviderError, redactSecrets } from "../core/errors";
import { DailyBudgetUsed } from "./pacing";

/** What HubSpot said, in the shape of its error body `{status, message, correlationId, category, …}`. */
export interface HubSpotFailure {
  status: number;
  message: string;
  category?: string;
  subCategory?: string;
  policyName?: string;
  correlationId?: string;
  headers: Record<string, string>;
}

/** Where a failure happened, in the user's terms. */
export interface FailureSite {
  resource: string;
  field?: string;
}

interface Translation {
  code: string;
  /** Bowtie's words for the failure; HubSpot's own message is then kept as the error's cause. */
  message?: string;
  fix?: string;
  transient?: boolean;
  retryAfterMs?: (failure: HubSpotFailure) => number | undefined;
}

const tokenFix =
  "Set a valid private-app token: `pulumi config set --secret bowtie:hubspotToken <token>` or BOWTIE_HUBSPOT_TOKEN, with the crm.schemas.*, crm.objects.* and automation scopes.";

/** Retry-After when HubSpot sends it, else the rate-limit window it advertises, else ten seconds. */
function windowMs(failure: HubSpotFailure): number {
  const retryAfter = Number(failure.headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  const interval = Number(failure.headers["x-hubspot-ratelimit-interval-milliseconds"]);
  return Number.isFinite(interval) && interval > 0 ? interval : 10_000;
}

/** HubSpot's own message, with the status, category and correlation id a support ticket needs. */
const said = (failure: HubSpotFailure) =>
  `${failure.message} (HTTP ${failure.status}${failure.category ? ` ${failure.category}` : ""}${failure.correlationId ? `, correlationId ${failure.correlationId}` : ""})`;

/** Most specific key first: `status:category:subCategory`, `status:policyName`, `status:category`, `status`, `Nxx`. */
const table: Record<string, Translation> = {
  "401": { code: "HUBSPOT_UNAUTHORIZED", message: "HubSpot rejected the access token.", fix: tokenFix },
  "403": {
    code: "HUBSPOT_FORBIDDEN",
    message: "The token lacks a permission this call needs.",
    fix: "Add the missing scopes to the app whose token Bowtie uses (a legacy private app: Development → Legacy apps; see docs/connecting-hubspot.md) and rotate the token.",
  },
  "404": { code: "HUBSPOT_NOT_FOUND", fix: "Run `pulumi refresh` so the state forgets objects deleted in HubSpot." },
  "409:OBJECT_ALREADY_EXISTS": {
    code: "HUBSPOT_ALREADY_EXISTS",
    fix: "Another object already has this name or label; rename it in HubSpot or in the architecture.",
  },
  // Not transient: the same PUT carries the same stale revision. The workflow handler reads the flow again and retries once.
  "409:CONFLICT:FlowError.REVISION_ID_MISMATCH": {
    code: "HUBSPOT_REVISION_CONFLICT",
    message: "The workflow changed in HubSpot while Bowtie was updating it.",
    fix: "Run `up` again; Bowtie reads the latest revision first.",
  },
  "429:TEN_SECONDLY_ROLLING": {
    code: "HUBSPOT_RATE_LIMITED",
    message: "HubSpot's ten-second rate limit was reached.",
    fix: "Bowtie waits for the window and retries; if this persists, other apps in the portal are using the shared limit.",
    transient: true,
    retryAfterMs: windowMs,
  },
  "429:SECONDLY": {
    code: "HUBSPOT_RATE_LIMITED",
    message: "HubSpot's per-second limit of the CRM search endpoints was reached.",
    fix: "Bowtie paces searches and retries after a second; if this persists, another integration searches with the same token.",
    transient: true,
    retryAfterMs: () => 1000,
  },
  "429:DAILY": {
    code: "HUBSPOT_DAILY_LIMIT",
    message: "HubSpot's daily API limit for this portal is used up.",
    fix: "Wait until the limit resets at midnight in the portal's time zone (or buy the API limit increase), then run again.",
  },
  "429": {
    code: "HUBSPOT_RATE_LIMITED",
    fix: "Bowtie retries after the advertised window.",
    transient: true,
    retryAfterMs: windowMs,
  },
  "400:VALIDATION_ERROR:PropertyError.READ_ONLY_OPTIONS": {
    code: "HUBSPOT_OPTIONS_READ_ONLY",
    message: "This portal does not allow editing these options.",
    fix: "Map the model's stages onto HubSpot's default lifecycle stages (per-CRM names in the architecture) or ask a super admin to allow edits.",
  },
  "400:VALIDATION_ERROR:PropertyError.READ_ONLY_DEFINITION": {
    code: "HUBSPOT_DEFINITION_READ_ONLY",
    fix: "HubSpot-defined properties only accept option changes; remove `create` from the spec.",
  },
  "400:VALIDATION_ERROR:PipelineError.STAGE_IN_USE": {
    code: "HUBSPOT_VALUES_IN_USE",
    message: "HubSpot refused to remove pipeline stages that records still use.",
    fix: "Records are still in the stage or pipeline: for a stage, add retire(<stage>, <key>, \"hubspot\") to the pipeline's replacements (or run `up` again if records reached it after Bowtie moved them); for a pipeline, move its records or keep it in the architecture.",
  },
  "400": { code: "HUBSPOT_INVALID", fix: "Correct the value named in HubSpot's message in the architecture." },
  "4xx": { code: "HUBSPOT_REQUEST_FAILED" },
  "5xx": {
    code: "HUBSPOT_UNAVAILABLE",
    fix: "HubSpot had a server error; Bowtie retried. Check status.hubspot.com and run again.",
    transient: true,
    retryAfterMs: (f) => (f.headers["retry-after"] ? windowMs(f) : undefined),
  },
};

function lookup(failure: HubSpotFailure): Translation {
  const { status, category, subCategory, policyName } = failure;
  const keys = [
    `${status}:${category}:${subCategory}`,
    `${status}:${policyName}`,
    `${status}:${category}`,
    `${status}`,
    `${Math.floor(status / 100)}xx`,
  ];
  for (const key of keys) if (table[key]) return table[key];
  return { code: "HUBSPOT_REQUEST_FAILED" };
}

/** Turns a HubSpot failure into a BowtieProviderError naming the resource, the field and the fix. */
export function translateFailure(failure: HubSpotFailure, site: FailureSite, secrets: string[]): BowtieProviderError {
  const translation = lookup(failure);
  return new BowtieProviderError({
    resource: site.resource,
    field: site.field,
    code: translation.code,
    message: translation.message ?? redactSecrets(said(failure), secrets),
    ...(translation.message ? { cause: redactSecrets(said(failure), secrets) } : {}),
    fix: translation.fix,
    transient: translation.transient,
    retryAfterMs: translation.retryAfterMs?.(failure),
  });
}

function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body === "string") {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return { message: body };
    }
  }
  return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
}

/** Reads a failure from HubSpot's status, error body and (lower-cased) headers. */
export function failureFrom(status: number, body: unknown, headers: Record<string, string>): HubSpotFailure {
  const parsed = parseBody(body);
  const text = (key: string) => (typeof parsed[key] === "string" ? (parsed[key] as string) : undefined);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return {
    status,
    message: text("message") ?? `HTTP ${status}`,
    category: text("category"),
    subCategory: text("subCategory"),
    policyName: text("policyName") ?? (status === 429 && lower["x-hubspot-ratelimit-daily-remaining"] === "0" ? "DAILY" : undefined),
    correlationId: text("correlationId"),
    headers: lower,
  };
}

/** The generated client's `ApiException` carries `code`, `body` and `headers`. */
function isApiException(error: unknown): error is { code: number; body: unknown; headers: Record<string, string> } {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "number" && "body" in error;
}

/** node-fetch's FetchError (connection refused, reset, DNS) as opposed to a bug in our own code. */
function isNetworkError(error: unknown): boolean {
  return error instanceof Error && (error.name === "FetchError" || typeof (error as { errno?: unknown }).errno === "string");
}

/**
 * A HubSpot call's error → BowtieProviderError (network failures are transient; a call the pacer
 * holds back because the day's budget is used up is HubSpot's DAILY refusal). Anything else is a bug
 * on our side and is returned unchanged, redacted.
 */
export function translateError(error: unknown, site: FailureSite, secrets: string[]): Error {
  if (error instanceof BowtieProviderError) return error;
  if (error instanceof DailyBudgetUsed) return translateFailure({ status: 429, message: error.message, policyName: "DAILY", headers: {} }, site, secrets);
  if (isApiException(error)) return translateFailure(failureFrom(error.code, error.body, error.headers ?? {}), site, secrets);
  if (!isNetworkError(error)) {
    const original = error instanceof Error ? error : new Error(String(error));
    original.message = redactSecrets(original.message, secrets);
    return original;
  }
  const message = redactSecrets(error instanceof Error ? error.message : String(error), secrets);
  return new BowtieProviderError({
    resource: site.resource,
    field: site.field,
    code: "HUBSPOT_UNREACHABLE",
    message: `Could not reach HubSpot: ${message}`,
    fix: "Check bowtie:hubspotBasePath (BOWTIE_HUBSPOT_BASE_PATH) and the network; for the dev stack, start the sandbox.",
    transient: true,
  });
}
