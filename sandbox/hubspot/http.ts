/**
 * The sandbox's HTTP vocabulary: routes, replies, and HubSpot's error body
 * `{status, message, correlationId, category, subCategory?, errors?, context?}`.
 */
import { randomUUID } from "node:crypto";
import { route as tableRoute, type Route } from "../common/routes";
import type { StateContext } from "../common/sandbox";
import type { PortalState } from "./state";

/** A request as HubSpot routes see it: the path parameters and the JSON body parsed. */
export interface HubSpotRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
}

/** A reply before encoding: every one goes out as JSON (see pipeline.ts). */
export interface HubSpotReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type HubSpotHandler = (req: HubSpotRequest, ctx: StateContext<PortalState>) => HubSpotReply;
export type HubSpotRoute = Route<HubSpotHandler>;

/** `route("GET", "/crm/v3/pipelines/:objectType/:pipelineId", handler)`. */
export const route = (method: string, template: string, handle: HubSpotHandler): HubSpotRoute => tableRoute(method, template, handle);

export interface HubSpotErrorDetail {
  message: string;
  code?: string;
  in?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

/** HubSpot's standard error body. */
export function errorBody(args: {
  message: string;
  category: string;
  subCategory?: string;
  errors?: HubSpotErrorDetail[];
  context?: Record<string, string[]>;
}): Record<string, unknown> {
  return {
    status: "error",
    message: args.message,
    correlationId: randomUUID(),
    category: args.category,
    ...(args.subCategory ? { subCategory: args.subCategory } : {}),
    ...(args.errors ? { errors: args.errors } : {}),
    ...(args.context ? { context: args.context } : {}),
  };
}

/** Thrown by handlers to answer with an error reply. */
export class HubSpotHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

export const notFound = (message: string) => new HubSpotHttpError(404, errorBody({ message, category: "OBJECT_NOT_FOUND" }));
export const validationError = (message: string, extra: Omit<Parameters<typeof errorBody>[0], "message" | "category"> = {}) =>
  new HubSpotHttpError(400, errorBody({ message, category: "VALIDATION_ERROR", ...extra }));
export const conflict = (message: string) => new HubSpotHttpError(409, errorBody({ message, category: "OBJECT_ALREADY_EXISTS" }));

export const ok = (body: unknown, status = 200): HubSpotReply => ({ status, body });
export const noContent = (): HubSpotReply => ({ status: 204 });

export const now = () => new Date().toISOString();

/** One failed input of a batch (`StandardError`): which ids, why. */
export interface BatchFailure {
  category: string;
  message: string;
  ids: string[];
}

/**
 * Batch endpoints answer `{status: "COMPLETE", results, startedAt, completedAt}`; when some inputs
 * failed, 207 with the same envelope plus `numErrors` and `errors` (one `StandardError` per failure).
 */
export function batchReply(results: unknown[], startedAt: string, failures: readonly BatchFailure[] = []): HubSpotReply {
  const envelope = { status: "COMPLETE", results, startedAt, completedAt: now() };
  if (failures.length === 0) return ok(envelope);
  const errors = failures.map((f) => ({ status: "error", category: f.category, message: f.message, context: { ids: f.ids }, errors: [], links: {} }));
  return ok({ ...envelope, numErrors: failures.reduce((sum, f) => sum + f.ids.length, 0), errors }, 207);
}
