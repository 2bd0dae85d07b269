/**
 * The sandbox's HTTP vocabulary: routes, replies, and HubSpot's error body
 * `{status, message, correlationId, category, subCategory?, errors?, context?}`.
 * Every reply carries a JSON content type: the generated client parses nothing else.
 */
import { randomUUID } from "node:crypto";
import type { PortalState } from "./state";

export interface SandboxRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
}

export interface SandboxReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Route handlers get the portal; they set `ctx.changed` when they mutate it so it is saved. */
export interface RouteContext {
  state: PortalState;
  changed: boolean;
}

export interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handle: (req: SandboxRequest, ctx: RouteContext) => SandboxReply;
}

/** `route("GET", "/crm/v3/pipelines/:objectType/:pipelineId", handler)`. */
export function route(method: string, template: string, handle: Route["handle"]): Route {
  const names: string[] = [];
  const source = template.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method, pattern: new RegExp(`^${source}/?$`), names, handle };
}

export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
    return { route: candidate, params };
  }
  return undefined;
}

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

export const ok = (body: unknown, status = 200): SandboxReply => ({ status, body });
export const noContent = (): SandboxReply => ({ status: 204 });

export const now = () => new Date().toISOString();

/** Batch endpoints answer `{status: "COMPLETE", results, startedAt, completedAt}`. */
export function batchReply(results: unknown[], startedAt: string): SandboxReply {
  return ok({ status: "COMPLETE", results, startedAt, completedAt: now() });
}
