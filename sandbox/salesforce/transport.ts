/**
 * Salesforce's side of a request, after the kit's admin endpoints and injected faults: one route
 * table for the OAuth2 token endpoint, the Metadata SOAP API and the REST API. A new endpoint is
 * one line here (or in rest.ts); a new Metadata API operation one entry in metadata/api.ts.
 */
import type { SandboxRequest, WireReply } from "../common/http";
import { findRoute } from "../common/routes";
import type { ApiReply, StateContext } from "../common/sandbox";
import { tokenEndpoint } from "./oauth";
import { restRoutes } from "./rest";
import { metadataEndpoint } from "./soap";
import { soapLoginEndpoint } from "./soap-login";
import type { OrgState } from "./state";
import { json, route, type MetadataCallDetail, type SalesforceRoute } from "./wire";

const routes: SalesforceRoute[] = [
  route("POST", "/services/oauth2/token", tokenEndpoint),
  route("POST", "/services/Soap/m/:version(\\d+\\.\\d)", metadataEndpoint),
  route("POST", "/services/Soap/u/:version(\\d+\\.\\d)", soapLoginEndpoint),
  ...restRoutes,
];

export function serveSalesforce(request: SandboxRequest, ctx: StateContext<OrgState>): ApiReply<MetadataCallDetail> {
  const matched = findRoute(routes, request.method, request.path);
  if (!matched) return json(404, [{ message: "The requested resource does not exist", errorCode: "NOT_FOUND" }]);
  return matched.route.handle({ ...request, params: matched.params }, ctx);
}

export const internalError = (error: unknown): WireReply => json(500, [{ message: String(error), errorCode: "UNKNOWN_EXCEPTION" }]);
