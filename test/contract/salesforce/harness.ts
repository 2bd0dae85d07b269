import type { Connection } from "jsforce";
import { createKind } from "../../../providers/operations";
import { picklistFieldKind } from "../../../providers/salesforce/picklist-field";
import { dropOffFieldSpec } from "./builders";
import type { ProviderEvent } from "../../../providers/core/events";
import type { HandlerContext } from "../../../providers/core/kind";
import { DEFAULT_SALESFORCE_API_VERSION, type SalesforceSettings } from "../../../providers/core/settings";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox, type SalesforceSandbox, type Scenario } from "../../../sandbox/salesforce";

/** A sandbox org plus a handler context logged in as the demo user (password flow). */
export interface Harness {
  sandbox: SalesforceSandbox;
  ctx: HandlerContext;
  /** What handlers emitted through `ctx.emit`, in order. */
  events: ProviderEvent[];
  /** Another client (an admin clicking in Setup), through the real jsforce. */
  other(): Promise<Connection>;
}

export function passwordSettings(url: string, overrides: Partial<SalesforceSettings> = {}): SalesforceSettings {
  return { loginUrl: url, apiVersion: DEFAULT_SALESFORCE_API_VERSION, username: creds.username, password: creds.password, clientId: creds.clientId, clientSecret: creds.clientSecret, ...overrides };
}

export function contextFor(salesforce: SalesforceSettings, events: ProviderEvent[] = []): HandlerContext {
  return { settings: { salesforce, hubspot: { basePath: "http://127.0.0.1:1" } }, emit: (event) => events.push(event) };
}

export async function startHarness(scenario: Scenario = "messy"): Promise<Harness> {
  const sandbox = await startSalesforceSandbox({ scenario });
  const events: ProviderEvent[] = [];
  return {
    sandbox,
    events,
    ctx: contextFor(passwordSettings(sandbox.url), events),
    async other() {
      const jsforce = require("jsforce") as typeof import("jsforce");
      const conn = new jsforce.Connection({ loginUrl: sandbox.url, version: DEFAULT_SALESFORCE_API_VERSION, oauth2: { loginUrl: sandbox.url, clientId: creds.clientId, clientSecret: creds.clientSecret } });
      await conn.login(creds.username, creds.password);
      return conn;
    },
  };
}

/** Deploys `Lead.Drop_Off_Reason__c`, which the rule fixtures reference (Salesforce refuses rules naming missing fields). */
export async function withDropOffField(h: Harness): Promise<void> {
  await createKind(picklistFieldKind, dropOffFieldSpec("Lead"), h.ctx);
}

/** Records of `object` whose `field` is `value`, read straight from the org state. */
export function recordsWith(sandbox: SalesforceSandbox, object: string, field: string, value: string): number {
  return (sandbox.state().records[object] ?? []).filter((record) => record[field] === value).length;
}
