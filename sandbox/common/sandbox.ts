/**
 * The kit both CRM emulators are built from. A CRM supplies its seed, its limits, its error shapes
 * and `serve` (its route tables); the kit supplies the pipeline every request takes — admin
 * endpoints → request log → injected faults → the CRM — the JSON-file store, the admin API and the
 * in-process handle, which offer the same operations with the same semantics on both CRMs.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { commonAdminRoutes, type AdminRoute } from "./admin";
import { FaultTable, type Fault } from "./faults";
import { listen, readText, send, sleep, type SandboxRequest, type WireReply } from "./http";
import { findRoute } from "./routes";
import type { Scenario } from "./scenario";
import { JsonFileStore } from "./store";

/** The types one CRM's sandbox is made of. */
export interface SandboxTypes {
  state: object;
  fault: Fault;
  /** What `setLimits` takes (partially) and answers. */
  limits: object;
  /** Options of a reseed besides the scenario. */
  seedOptions: object;
  /** What the CRM adds to a request log entry. */
  logDetail: object;
}

/** One request as the sandbox saw it (admin calls are not logged). */
export type RequestLogEntry<D extends object = object> = { method: string; path: string; status: number } & Partial<D>;

/** Handlers get the state and set `changed` when they mutate it, so it is saved once they return. */
export interface StateContext<S> {
  state: S;
  changed: boolean;
}

/** A reply of the CRM's API, with what it adds to the request log. */
export type ApiReply<D extends object> = WireReply & { detail?: Partial<D> };

export interface SandboxDefinition<T extends SandboxTypes> {
  /** A fresh state for `scenario`; `current` is the state a reset replaces (undefined at first start). */
  seed(scenario: Scenario, options: Partial<T["seedOptions"]>, current: T["state"] | undefined): T["state"];
  /** Sets the given limits (in the state or beside it) and answers the limits in effect. */
  setLimits(state: T["state"], limits: Partial<T["limits"]>): T["limits"];
  /** Back to the configured limits with their counters cleared, on reset (limits kept in the state are reseeded with it). */
  restoreLimits?(): void;
  /** The CRM's own admin endpoints, besides the common ones. */
  adminRoutes?: AdminRoute<T["state"]>[];
  /** How a request answered by an injected fault looks in this CRM's protocol. */
  faultReply(fault: T["fault"] & { status: number }, request: SandboxRequest): WireReply;
  /** Serves one API request; sets `ctx.changed` when it mutates the state. */
  serve(request: SandboxRequest, ctx: StateContext<T["state"]>): ApiReply<T["logDetail"]>;
  /** The answer to an error nobody expected. */
  internalError(error: unknown): WireReply;
}

export interface SandboxOptions<F extends Fault> {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** JSON file holding the state; separate processes pointed at one file serve one org or portal. In memory when omitted. */
  stateFile?: string;
  /** Seed used when the state file does not exist yet, and by `reset` (default `messy`). */
  scenario?: Scenario;
  /** Faults active from the start. */
  faults?: F[];
}

/** A running sandbox. Everything but `url`, `port`, `close` and `update` is also an admin endpoint (see admin.ts). */
export interface Sandbox<T extends SandboxTypes> {
  url: string;
  port: number;
  close(): Promise<void>;
  /** A copy of the state as it is now. */
  state(): T["state"];
  /** Changes the state in place and saves it: for tests that seed more than the API could create quickly. */
  update(change: (state: T["state"]) => void): void;
  /** Reseeds (default: the configured scenario), clears the faults, restores the configured limits; answers the scenario. */
  reset(scenario?: Scenario, options?: Partial<T["seedOptions"]>): Scenario;
  injectFaults(...faults: T["fault"][]): void;
  clearFaults(): void;
  faults(): T["fault"][];
  setLimits(limits: Partial<T["limits"]>): T["limits"];
  /** The recent requests (up to the last 1,000), oldest first. */
  requests(): RequestLogEntry<T["logDetail"]>[];
  clearRequests(): void;
}

/** What the admin endpoints operate on. */
export type SandboxControls<T extends SandboxTypes> = Omit<Sandbox<T>, "url" | "port" | "close">;

const adminPrefix = "/__sandbox/";
const jsonType = { "Content-Type": "application/json;charset=utf-8" };
const adminReply = (status: number, value: unknown): WireReply => ({ status, headers: jsonType, body: JSON.stringify(value) });

export async function startSandbox<T extends SandboxTypes>(options: SandboxOptions<T["fault"]>, definition: SandboxDefinition<T>): Promise<Sandbox<T>> {
  const configured = options.scenario ?? "messy";
  const store = new JsonFileStore<T["state"]>(options.stateFile, () => definition.seed(configured, {}, undefined));
  const faults = new FaultTable<T["fault"]>();
  faults.add(options.faults ?? []);
  let log: RequestLogEntry<T["logDetail"]>[] = [];
  let baseUrl = "";

  const withState = <R>(handle: (ctx: StateContext<T["state"]>) => R): R => {
    const ctx = { state: store.load(), changed: false };
    const result = handle(ctx);
    if (ctx.changed) store.save();
    return result;
  };
  const mutate = <R>(change: (state: T["state"]) => R): R =>
    withState((ctx) => {
      ctx.changed = true;
      return change(ctx.state);
    });

  const sandbox: SandboxControls<T> = {
    state: () => structuredClone(store.load()),
    update: (change) => mutate(change),
    reset: (scenario = configured, seedOptions = {}) => {
      store.replace(definition.seed(scenario, seedOptions, store.load()));
      faults.clear();
      definition.restoreLimits?.();
      return scenario;
    },
    injectFaults: (...list) => faults.add(list),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    setLimits: (limits) => mutate((state) => definition.setLimits(state, limits)),
    requests: () => log.map((entry) => ({ ...entry })),
    clearRequests: () => {
      log = [];
    },
  };
  const adminRoutes = [...commonAdminRoutes(sandbox), ...(definition.adminRoutes ?? [])];

  function admin(request: SandboxRequest): WireReply {
    const matched = findRoute(adminRoutes, request.method, request.path);
    if (!matched) return adminReply(404, { error: `No admin endpoint ${request.method} ${request.path}` });
    try {
      const body = request.text.trim() === "" ? {} : JSON.parse(request.text);
      return adminReply(200, withState((ctx) => matched.route.handle(body ?? {}, ctx)));
    } catch (error) {
      return adminReply(400, { error: (error as Error).message });
    }
  }

  async function api(request: SandboxRequest, entry: RequestLogEntry<T["logDetail"]>): Promise<WireReply> {
    const fault = faults.tryTake(request.method, request.path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    const reply: ApiReply<T["logDetail"]> = fault?.status
      ? definition.faultReply({ ...fault, status: fault.status }, request)
      : withState((ctx) => definition.serve(request, ctx));
    Object.assign(entry, reply.detail, { status: reply.status });
    return reply;
  }

  const listener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", baseUrl);
    const entry = { method: req.method ?? "GET", path: url.pathname, status: 200 } as RequestLogEntry<T["logDetail"]>;
    const isAdmin = url.pathname.startsWith(adminPrefix);
    if (!isAdmin) {
      log.push(entry);
      if (log.length > 1000) log = log.slice(-500);
    }
    try {
      const request = { method: entry.method.toUpperCase(), path: url.pathname, query: url.searchParams, headers: req.headers, text: await readText(req), baseUrl };
      send(res, isAdmin ? admin(request) : await api(request, entry));
    } catch (error) {
      entry.status = 500;
      if (!res.headersSent) send(res, definition.internalError(error));
    }
  };
  const listening = await listen((req, res) => void listener(req, res), options.port, options.host);
  baseUrl = listening.url;
  return { ...sandbox, ...listening };
}
