/**
 * A local HubSpot portal on 127.0.0.1 that the unmodified `@hubspot/api-client` talks to
 * (`new Client({ accessToken: hubspotSandboxToken, basePath: sandbox.url })`), built from the
 * sandbox kit (sandbox/common). See docs/sandbox-hubspot.md for the API surface it covers.
 */
import { startSandbox, type Sandbox, type SandboxOptions } from "../common/sandbox";
import { faultReply, type HubSpotFault } from "./faults";
import { defaultRateLimits, RateLimiter, type RateLimitOptions } from "./limits";
import { encode, hubspotApi, internalError } from "./pipeline";
import { portalAdminRoutes } from "./routes/admin";
import { flowRoutes } from "./routes/flows";
import { objectRoutes } from "./routes/objects";
import { pipelineRoutes } from "./routes/pipelines";
import { propertyRoutes } from "./routes/properties";
import { seedPortal } from "./seed";
import type { PortalState } from "./state";

export type { Scenario } from "../common/scenario";
export type { HubSpotFault } from "./faults";
export type { RateLimitOptions } from "./limits";
export { defaultDealPipelineId, legacyRenewalsPipelineId, recordCounts } from "./seed";
export type { PortalState } from "./state";

/** The demo private-app token the sandbox accepts (shaped like a HubSpot `pat-na1-…` token). */
export const hubspotSandboxToken = "pat-na1-b0771e00-5a4d-4b0c-8a11-000000000001";

/** How a portal is seeded besides its scenario. */
export interface PortalSeedOptions {
  /** The portal refuses lifecycle-stage option edits (`modificationMetadata.readOnlyOptions`). */
  lifecycleStageEditsLocked: boolean;
  /** How long a record write takes to become visible to search; 0 (default): at once. */
  searchLagMs: number;
}

export interface HubSpotSandboxOptions extends SandboxOptions<HubSpotFault>, Partial<PortalSeedOptions> {
  /** Accepted bearer token (default `hubspotSandboxToken`). */
  token?: string;
  rateLimits?: Partial<RateLimitOptions>;
}

export interface HubSpotSandboxTypes {
  state: PortalState;
  fault: HubSpotFault;
  limits: RateLimitOptions;
  seedOptions: PortalSeedOptions;
  logDetail: Record<never, never>;
}

/** A running portal. Limits are the private-app limits (ten-second, daily, search per second); setting them clears their counters. */
export type HubSpotSandbox = Sandbox<HubSpotSandboxTypes> & { token: string };

const apiRoutes = [...propertyRoutes, ...pipelineRoutes, ...flowRoutes, ...objectRoutes];

export async function startHubSpotSandbox(options: HubSpotSandboxOptions = {}): Promise<HubSpotSandbox> {
  const limiter = new RateLimiter({ ...defaultRateLimits, ...options.rateLimits });
  const token = options.token ?? hubspotSandboxToken;
  const sandbox = await startSandbox<HubSpotSandboxTypes>(options, {
    seed: (scenario, seed) =>
      seedPortal(scenario, {
        lifecycleStageEditsLocked: seed.lifecycleStageEditsLocked ?? options.lifecycleStageEditsLocked,
        searchLagMs: seed.searchLagMs ?? options.searchLagMs,
      }),
    setLimits: (_portal, limits) => {
      limiter.reset(limits);
      return { ...limiter.limits };
    },
    restoreLimits: () => limiter.reset("initial"),
    adminRoutes: portalAdminRoutes,
    faultReply: (fault, request) => encode(faultReply(fault, request)),
    serve: hubspotApi(apiRoutes, token, limiter),
    internalError,
  });
  return { ...sandbox, token };
}
