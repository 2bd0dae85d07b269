/**
 * `/__sandbox/*`: control endpoints for tests and the CLI (no auth, no rate limit).
 *   GET    /__sandbox/health            → {ok: true}
 *   GET    /__sandbox/state             → the whole portal
 *   POST   /__sandbox/reset             {scenario?, lifecycleStageEditsLocked?} → reseeds, clears faults and counters
 *   POST   /__sandbox/faults            SandboxFault | {faults: SandboxFault[]}
 *   GET    /__sandbox/faults            → {faults}
 *   DELETE /__sandbox/faults            → clears them
 *   POST   /__sandbox/limits            Partial<RateLimitOptions> → sets limits and resets counters
 *   POST   /__sandbox/portal            {lifecycleStageEditsLocked} → the portal refuses (or allows) lifecycle option edits
 */
import type { FaultInjector, SandboxFault } from "../faults";
import { ok, route, validationError, type Route } from "../http";
import type { RateLimiter } from "../limits";
import { seedPortal, type SandboxScenario } from "../seed";
import type { PortalStore } from "../state";

export interface AdminDeps {
  store: PortalStore;
  faults: FaultInjector;
  limiter: RateLimiter;
  scenario: SandboxScenario;
}

export function adminRoutes(deps: AdminDeps): Route[] {
  return [
    route("GET", "/__sandbox/health", () => ok({ ok: true })),
    route("GET", "/__sandbox/state", () => ok(deps.store.load())),
    route("POST", "/__sandbox/reset", (req) => {
      const scenario: SandboxScenario = req.body?.scenario ?? deps.scenario;
      if (scenario !== "messy" && scenario !== "empty") throw validationError(`Unknown scenario ${scenario}`);
      deps.store.replace(seedPortal(scenario, { lifecycleStageEditsLocked: req.body?.lifecycleStageEditsLocked }));
      deps.faults.clear();
      deps.limiter.reset("initial");
      return ok({ scenario });
    }),
    route("POST", "/__sandbox/faults", (req) => {
      const faults: SandboxFault[] = Array.isArray(req.body?.faults) ? req.body.faults : [req.body];
      if (faults.some((f) => typeof f?.path !== "string")) throw validationError("Every fault needs a path pattern");
      deps.faults.add(faults);
      return ok({ faults: deps.faults.list() });
    }),
    route("GET", "/__sandbox/faults", () => ok({ faults: deps.faults.list() })),
    route("DELETE", "/__sandbox/faults", () => {
      deps.faults.clear();
      return ok({ faults: [] });
    }),
    route("POST", "/__sandbox/limits", (req) => {
      deps.limiter.reset(req.body ?? {});
      return ok(deps.limiter.limits);
    }),
    route("POST", "/__sandbox/portal", (req) => {
      const locked = Boolean(req.body?.lifecycleStageEditsLocked);
      const state = deps.store.load();
      state.lifecycleStageEditsLocked = locked;
      for (const objectType of ["contacts", "companies"] as const) {
        const property = state.properties[objectType].find((p) => p.name === "lifecyclestage");
        if (property) property.modificationMetadata.readOnlyOptions = locked;
      }
      deps.store.save();
      return ok({ lifecycleStageEditsLocked: locked });
    }),
  ];
}
