/**
 * `/__sandbox/*`: the control endpoints of both sandboxes, for tests and the CLI in another process
 * (no auth, no limits, never logged). Bodies and answers are JSON; a refused call answers 400
 * `{error}`, an unknown endpoint 404 `{error}`. Each is the HTTP face of one operation of the
 * in-process handle (`SandboxControls`), so the two cannot drift apart:
 *   GET    /__sandbox/health     → {ok: true}
 *   GET    /__sandbox/state      → the whole org or portal
 *   POST   /__sandbox/reset      {scenario?, ...seed options} → {scenario}
 *   GET    /__sandbox/faults     → {faults}
 *   POST   /__sandbox/faults     fault | {faults: [...]} → {faults}
 *   DELETE /__sandbox/faults     → {faults: []}
 *   GET    /__sandbox/requests   → {requests}
 *   DELETE /__sandbox/requests   → {requests: []}
 *   POST   /__sandbox/limits     the CRM's limit fields → the limits in effect
 */
import { route, type Route } from "./routes";
import { requireScenario } from "./scenario";
import type { SandboxControls, SandboxTypes, StateContext } from "./sandbox";

/** Answers the JSON value to send; throws to refuse the call (400). */
export type AdminHandler<S> = (body: Record<string, any>, ctx: StateContext<S>) => unknown;
export type AdminRoute<S> = Route<AdminHandler<S>>;

/** `adminRoute("POST", "sessions/expire", handler)` serves `POST /__sandbox/sessions/expire`. */
export function adminRoute<S>(method: string, name: string, handle: AdminHandler<S>): AdminRoute<S> {
  return route(method, `/__sandbox/${name}`, handle);
}

export function commonAdminRoutes<T extends SandboxTypes>(sandbox: SandboxControls<T>): AdminRoute<T["state"]>[] {
  return [
    adminRoute("GET", "health", () => ({ ok: true })),
    adminRoute("GET", "state", (_, ctx) => ctx.state),
    adminRoute("POST", "reset", ({ scenario, ...options }) => ({
      scenario: sandbox.reset(scenario === undefined ? undefined : requireScenario(scenario), options as Partial<T["seedOptions"]>),
    })),
    adminRoute("GET", "faults", () => ({ faults: sandbox.faults() })),
    adminRoute("POST", "faults", (body) => {
      sandbox.injectFaults(...(Array.isArray(body.faults) ? body.faults : [body]));
      return { faults: sandbox.faults() };
    }),
    adminRoute("DELETE", "faults", () => {
      sandbox.clearFaults();
      return { faults: [] };
    }),
    adminRoute("GET", "requests", () => ({ requests: sandbox.requests() })),
    adminRoute("DELETE", "requests", () => {
      sandbox.clearRequests();
      return { requests: [] };
    }),
    adminRoute("POST", "limits", (body) => sandbox.setLimits(body as Partial<T["limits"]>)),
  ];
}
