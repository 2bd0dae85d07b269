/**
 * HubSpot's own admin endpoint, besides the common ones (sandbox/common/admin.ts):
 *   POST /__sandbox/portal {lifecycleStageEditsLocked?, searchLagMs?} → the portal refuses (or allows)
 *   lifecycle option edits; record writes take `searchLagMs` to reach search. Answers both settings.
 */
import { adminRoute, type AdminRoute } from "../../common/admin";
import type { PortalState } from "../state";

export const portalAdminRoutes: AdminRoute<PortalState>[] = [
  adminRoute("POST", "portal", (body, ctx) => {
    if (body.lifecycleStageEditsLocked !== undefined) {
      const locked = Boolean(body.lifecycleStageEditsLocked);
      ctx.state.lifecycleStageEditsLocked = locked;
      for (const objectType of ["contacts", "companies"] as const) {
        const property = ctx.state.properties[objectType].find((p) => p.name === "lifecyclestage");
        if (property) property.modificationMetadata.readOnlyOptions = locked;
      }
    }
    if (body.searchLagMs !== undefined) {
      const lag = Number(body.searchLagMs);
      if (!Number.isFinite(lag) || lag < 0) throw new Error("searchLagMs must be a number of milliseconds ≥ 0");
      ctx.state.searchLagMs = lag;
    }
    ctx.changed = true;
    return { lifecycleStageEditsLocked: ctx.state.lifecycleStageEditsLocked, searchLagMs: ctx.state.searchLagMs };
  }),
];
