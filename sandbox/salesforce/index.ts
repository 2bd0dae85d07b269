/**
 * The local Salesforce sandbox: an HTTP emulator of the OAuth2 token endpoint, the Metadata SOAP API
 * and the REST API that the real jsforce talks to unmodified, built from the sandbox kit
 * (sandbox/common). See docs/sandbox-salesforce.md.
 */
import { adminRoute } from "../common/admin";
import { startSandbox, type RequestLogEntry, type Sandbox, type SandboxOptions } from "../common/sandbox";
import { setApiLimits, type ApiLimits } from "./api-limits";
import { faultReply, type SalesforceFault } from "./faults";
import { expireSessions } from "./oauth";
import { seedOrg } from "./seed";
import type { OrgState } from "./state";
import { internalError, serveSalesforce } from "./transport";
import type { MetadataCallDetail } from "./wire";

export { salesforceSandboxCredentials } from "./credentials";
export type { Scenario } from "../common/scenario";
export type { SalesforceFault } from "./faults";
export type { OrgState } from "./state";

export interface SalesforceSandboxTypes {
  state: OrgState;
  fault: SalesforceFault;
  limits: ApiLimits;
  seedOptions: Record<never, never>;
  logDetail: MetadataCallDetail;
}

export type SalesforceSandboxOptions = SandboxOptions<SalesforceFault>;

/** One request as the sandbox saw it; Metadata API calls add their operation and component count. */
export type SalesforceRequestLogEntry = RequestLogEntry<MetadataCallDetail>;

/**
 * A running sandbox. `url` is both the login URL and the instance URL. A reset keeps the sessions,
 * so connected clients keep working; the limits are the daily API request limit and its usage.
 */
export type SalesforceSandbox = Sandbox<SalesforceSandboxTypes> & {
  /** Invalidates every session (clients must log in again). */
  expireSessions(): void;
};

export async function startSalesforceSandbox(options: SalesforceSandboxOptions = {}): Promise<SalesforceSandbox> {
  const sandbox = await startSandbox<SalesforceSandboxTypes>(options, {
    seed: (scenario, _options, current) => (current ? { ...seedOrg(scenario), sessions: current.sessions } : seedOrg(scenario)),
    setLimits: setApiLimits,
    adminRoutes: [
      adminRoute("POST", "sessions/expire", (_body, ctx) => {
        expireSessions(ctx.state);
        ctx.changed = true;
        return { ok: true };
      }),
    ],
    faultReply,
    serve: serveSalesforce,
    internalError,
  });
  return { ...sandbox, expireSessions: () => sandbox.update(expireSessions) };
}
