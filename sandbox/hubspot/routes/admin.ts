/**
 * HubSpot's own admin endpoint, besides the common ones (sandbox/common/admin.ts):
 *   POST /__sandbox/portal {lifecycleStageEditsLocked} → the portal refuses (or allows) lifecycle option edits
 */
import { adminRoute, type AdminRoute } from "../../common/admin";
import type { PortalState } from "../state";

export const portalAdminRoutes: AdminRoute<PortalState>[] = [
  adminRoute("POST", "portal", (body, ctx) => {
    const locked = Boolean(body.lifecycleStageEditsLocked);
    ctx.state.lifecycleStageEditsLocked = locked;
    for (const objectType of ["contacts", "companies"] as const) {
      const property = ctx.state.properties[objectType].find((p) => p.name === "lifecyclestage");
      if (property) property.modificationMetadata.readOnlyOptions = locked;
    }
    ctx.changed = true;
    return { lifecycleStageEditsLocked: locked };
  }),
];
