/**
 * A local HubSpot portal on 127.0.0.1 that the unmodified `@hubspot/api-client` talks to
 * (`new Client({ accessToken: hubspotSandboxToken, basePath: sandbox.url })`). See
 * docs/sandbox-hubspot.md for the API surface it covers.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultInjector, type SandboxFault } from "./faults";
import { defaultRateLimits, RateLimiter, type RateLimitOptions } from "./limits";
import { adminRoutes } from "./routes/admin";
import { flowRoutes } from "./routes/flows";
import { objectRoutes } from "./routes/objects";
import { pipelineRoutes } from "./routes/pipelines";
import { propertyRoutes } from "./routes/properties";
import { seedPortal, type SandboxScenario } from "./seed";
import { requestListener } from "./server";
import { PortalStore, type PortalState } from "./state";

export type { SandboxFault } from "./faults";
export type { RateLimitOptions } from "./limits";
export type { SandboxScenario } from "./seed";
export { defaultDealPipelineId, legacyRenewalsPipelineId, recordCounts } from "./seed";
export type { PortalState } from "./state";

/** The demo private-app token the sandbox accepts (shaped like a HubSpot `pat-na1-…` token). */
export const hubspotSandboxToken = "pat-na1-b0771e00-5a4d-4b0c-8a11-000000000001";

export interface HubSpotSandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** JSON file holding the portal; separate processes pointed at one file see one portal. */
  stateFile?: string;
  /** Seed used when the state file does not exist yet (default "messy"). */
  scenario?: SandboxScenario;
  /** The portal refuses lifecycle-stage option edits (`modificationMetadata.readOnlyOptions`). */
  lifecycleStageEditsLocked?: boolean;
  /** Accepted bearer token (default `hubspotSandboxToken`). */
  token?: string;
  rateLimits?: Partial<RateLimitOptions>;
}

export interface HubSpotSandbox {
  /** Base path for the client, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
  /** The current portal (a live reference: read, do not mutate). */
  state(): PortalState;
  /** Reseeds the portal and clears faults and rate-limit counters. */
  reset(scenario?: SandboxScenario, opts?: { lifecycleStageEditsLocked?: boolean }): void;
  injectFaults(...faults: SandboxFault[]): void;
  clearFaults(): void;
  setRateLimits(limits: Partial<RateLimitOptions>): void;
}

export async function startHubSpotSandbox(options: HubSpotSandboxOptions = {}): Promise<HubSpotSandbox> {
  const scenario = options.scenario ?? "messy";
  const seed = (s: SandboxScenario, locked?: boolean) => seedPortal(s, { lifecycleStageEditsLocked: locked ?? options.lifecycleStageEditsLocked });
  const store = new PortalStore(options.stateFile, () => seed(scenario));
  const faults = new FaultInjector();
  const limiter = new RateLimiter({ ...defaultRateLimits, ...options.rateLimits });
  const token = options.token ?? hubspotSandboxToken;
  const server = createServer(
    requestListener({
      token,
      store,
      faults,
      limiter,
      adminRoutes: adminRoutes({ store, faults, limiter, scenario }),
      apiRoutes: [...propertyRoutes, ...pipelineRoutes, ...flowRoutes, ...objectRoutes],
    }),
  );
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    state: () => store.load(),
    reset: (s = scenario, opts = {}) => {
      store.replace(seed(s, opts.lifecycleStageEditsLocked));
      faults.clear();
      limiter.reset("initial");
    },
    injectFaults: (...list) => faults.add(list),
    clearFaults: () => faults.clear(),
    setRateLimits: (limits) => limiter.reset(limits),
  };
}
