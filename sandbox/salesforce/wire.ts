/** Salesforce's wire formats and route shape: JSON for OAuth and REST, SOAP envelopes (text/xml) for the Metadata API. */
import type { SandboxRequest, WireReply } from "../common/http";
import { route as tableRoute, type Route } from "../common/routes";
import type { ApiReply, StateContext } from "../common/sandbox";
import type { OrgState } from "./state";

/** What the request log records of a Metadata API call. */
export interface MetadataCallDetail {
  /** Metadata API operation, e.g. `readMetadata`. */
  operation: string;
  /** Number of components in the call. */
  components: number;
}

export type SalesforceRequest = SandboxRequest & { params: Record<string, string> };
export type SalesforceHandler = (req: SalesforceRequest, ctx: StateContext<OrgState>) => ApiReply<MetadataCallDetail>;
export type SalesforceRoute = Route<SalesforceHandler>;

export const route = (method: string, template: string, handle: SalesforceHandler): SalesforceRoute => tableRoute(method, template, handle);

/** A JSON reply; without a body (204) it has no content type. */
export function json(status: number, body?: unknown, headers: Record<string, string> = {}): WireReply {
  if (body === undefined) return { status, headers };
  return { status, headers: { "Content-Type": "application/json;charset=UTF-8", ...headers }, body: JSON.stringify(body) };
}

export const xml = (status: number, body: string): WireReply => ({ status, headers: { "Content-Type": "text/xml;charset=UTF-8" }, body });
