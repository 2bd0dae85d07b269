/**
 * HubSpot's API contract as Bowtie's own zod schemas: for each endpoint the sandbox serves, its
 * query parameters, request body and response body per status. A pure module (zod only), so the
 * sandbox validates with it and the provider tests check what Bowtie sends and receives against
 * the same facts. The schemas are written from HubSpot's OpenAPI documents (docs/sandbox-hubspot.md
 * names the files); none of their text is copied.
 */
import { z } from "zod";
import { findRoute, route, type Route } from "../../common/routes";
import { batchResponse, errorBodySchema } from "./common";
import { flow, flowBatchRead, flowCreateRequest, flowListingPage, flowPutRequest, flowQuery } from "./flows";
import { record, batchRead, batchUpdate, recordCreate, recordPage, recordUpdate, searchRequest, searchResponse } from "./objects";
import * as pipelines from "./pipelines";
import * as properties from "./properties";

/** One endpoint: what HubSpot accepts and what it answers (`null`: no body, e.g. a 204). */
export interface Endpoint {
  /** The operation, for messages: `POST /automation/v4/flows`. */
  operation: string;
  query?: Record<string, z.ZodType>;
  request?: z.ZodType;
  responses: Partial<Record<number, z.ZodType | null>>;
}

/** A place where a request or a response departs from the contract. */
export interface ContractViolation {
  operation: string;
  /** `request.body`, `request.query`, `response.body`, `response.status` or `endpoint`. */
  part: string;
  /** The path inside the part: `actions.0.fields`. */
  path: string;
  message: string;
}

const endpoint = (method: string, path: string, spec: Omit<Endpoint, "operation">): Route<Endpoint> => route(method, path, { operation: `${method} ${path}`, ...spec });

const ok = (body: z.ZodType) => ({ 200: body });
const created = (body: z.ZodType) => ({ 201: body });
const noContent = { 204: null };

/** Specific paths first: the first template that matches wins. */
const endpoints: Route<Endpoint>[] = [
  endpoint("GET", "/crm/v3/properties/:objectType/groups", { responses: ok(properties.propertyGroupCollection) }),
  endpoint("POST", "/crm/v3/properties/:objectType/groups", { request: properties.propertyGroupCreate, responses: created(properties.propertyGroup) }),
  endpoint("GET", "/crm/v3/properties/:objectType/groups/:groupName", { responses: ok(properties.propertyGroup) }),
  endpoint("POST", "/crm/v3/properties/:objectType/batch/read", { request: properties.propertyBatchRead, responses: { 200: batchResponse(properties.property, false), 207: batchResponse(properties.property, true) } }),
  endpoint("GET", "/crm/v3/properties/:objectType", { query: properties.propertyReadQuery, responses: ok(properties.propertyCollection) }),
  endpoint("POST", "/crm/v3/properties/:objectType", { request: properties.propertyCreate, responses: created(properties.property) }),
  endpoint("GET", "/crm/v3/properties/:objectType/:propertyName", { query: properties.propertyReadQuery, responses: ok(properties.property) }),
  endpoint("PATCH", "/crm/v3/properties/:objectType/:propertyName", { request: properties.propertyUpdate, responses: ok(properties.property) }),
  endpoint("DELETE", "/crm/v3/properties/:objectType/:propertyName", { responses: noContent }),

  endpoint("GET", "/crm/v3/pipelines/:objectType", { responses: ok(pipelines.pipelineCollection) }),
  endpoint("POST", "/crm/v3/pipelines/:objectType", { request: pipelines.pipelineInput, responses: created(pipelines.pipeline) }),
  endpoint("GET", "/crm/v3/pipelines/:objectType/:pipelineId/stages", { responses: ok(pipelines.stageCollection) }),
  endpoint("POST", "/crm/v3/pipelines/:objectType/:pipelineId/stages", { request: pipelines.stageInput, responses: created(pipelines.stage) }),
  endpoint("GET", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", { responses: ok(pipelines.stage) }),
  endpoint("PUT", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", { request: pipelines.stageReplaceInput, responses: ok(pipelines.stage) }),
  endpoint("PATCH", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", { request: pipelines.stagePatchInput, responses: ok(pipelines.stage) }),
  endpoint("DELETE", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", { query: pipelines.stageDeleteQuery, responses: noContent }),
  endpoint("GET", "/crm/v3/pipelines/:objectType/:pipelineId", { responses: ok(pipelines.pipeline) }),
  endpoint("PUT", "/crm/v3/pipelines/:objectType/:pipelineId", { query: pipelines.pipelineDeleteQuery, request: pipelines.pipelineReplaceInput, responses: ok(pipelines.pipeline) }),
  endpoint("PATCH", "/crm/v3/pipelines/:objectType/:pipelineId", { query: pipelines.pipelineDeleteQuery, request: pipelines.pipelinePatchInput, responses: ok(pipelines.pipeline) }),
  endpoint("DELETE", "/crm/v3/pipelines/:objectType/:pipelineId", { query: pipelines.pipelineDeleteQuery, responses: noContent }),

  endpoint("GET", "/automation/v4/flows", { query: flowQuery, responses: ok(flowListingPage) }),
  endpoint("POST", "/automation/v4/flows", { request: flowCreateRequest, responses: created(flow) }),
  endpoint("POST", "/automation/v4/flows/batch/read", { request: flowBatchRead, responses: { 200: batchResponse(flow, false), 207: batchResponse(flow, true) } }),
  endpoint("GET", "/automation/v4/flows/:flowId", { responses: ok(flow) }),
  endpoint("PUT", "/automation/v4/flows/:flowId", { request: flowPutRequest, responses: ok(flow) }),
  endpoint("DELETE", "/automation/v4/flows/:flowId", { responses: noContent }),

  endpoint("POST", "/crm/v3/objects/:objectType/search", { request: searchRequest, responses: ok(searchResponse) }),
  endpoint("POST", "/crm/v3/objects/:objectType/batch/read", { request: batchRead, responses: { 200: batchResponse(record, false), 207: batchResponse(record, true) } }),
  endpoint("POST", "/crm/v3/objects/:objectType/batch/update", { request: batchUpdate, responses: { 200: batchResponse(record, false), 207: batchResponse(record, true) } }),
  endpoint("GET", "/crm/v3/objects/:objectType", { responses: ok(recordPage) }),
  endpoint("POST", "/crm/v3/objects/:objectType", { request: recordCreate, responses: created(record) }),
  endpoint("GET", "/crm/v3/objects/:objectType/:objectId", { responses: ok(record) }),
  endpoint("PATCH", "/crm/v3/objects/:objectType/:objectId", { request: recordUpdate, responses: ok(record) }),
];

/** The endpoint `method path` names; undefined when the contract has none. */
export function tryGetEndpoint(method: string, path: string): Endpoint | undefined {
  return findRoute(endpoints, method.toUpperCase(), path)?.route.handle;
}

const issuesOf = (operation: string, part: string, error: z.ZodError): ContractViolation[] =>
  error.issues.map((issue) => ({ operation, part, path: issue.path.map(String).join("."), message: issue.message }));

function queryViolations(operation: string, shape: Record<string, z.ZodType> | undefined, query: URLSearchParams, strict: boolean): ContractViolation[] {
  const keys = [...new Set(query.keys())];
  if (!shape) return strict && keys.length > 0 ? [{ operation, part: "request.query", path: keys.join(","), message: "takes no query parameters" }] : [];
  const values = Object.fromEntries(keys.map((key) => [key, query.get(key)!]));
  const result = (strict ? z.strictObject(shape) : z.object(shape)).safeParse(values);
  return result.success ? [] : issuesOf(operation, "request.query", result.error);
}

/**
 * How a request departs from the contract. `strict` also refuses query parameters the endpoint
 * does not list (HubSpot ignores them; Bowtie should not send them). A request to an endpoint the
 * contract does not have is one violation.
 */
export function requestViolations(req: { method: string; path: string; query: URLSearchParams; body: unknown }, strict = false): ContractViolation[] {
  const found = tryGetEndpoint(req.method, req.path);
  const operation = found?.operation ?? `${req.method} ${req.path}`;
  if (!found) return [{ operation, part: "endpoint", path: "", message: "not an endpoint of the contract" }];
  const violations = queryViolations(operation, found.query, req.query, strict);
  if (found.request) {
    const result = found.request.safeParse(req.body);
    if (!result.success) violations.push(...issuesOf(operation, "request.body", result.error));
  } else if (req.body !== undefined && !["GET", "DELETE"].includes(req.method.toUpperCase())) {
    violations.push({ operation, part: "request.body", path: "", message: "takes no body" });
  }
  return violations;
}

/** How a response departs from the contract: an unlisted status, or a body of the wrong shape (errors: HubSpot's error body). */
export function responseViolations(req: { method: string; path: string }, status: number, body: unknown): ContractViolation[] {
  const found = tryGetEndpoint(req.method, req.path);
  const operation = found?.operation ?? `${req.method} ${req.path}`;
  if (!found) return [{ operation, part: "endpoint", path: "", message: "not an endpoint of the contract" }];
  if (status >= 400) {
    const result = errorBodySchema.safeParse(body);
    return result.success ? [] : issuesOf(operation, "response.body", result.error);
  }
  const schema = found.responses[status];
  if (schema === undefined) return [{ operation, part: "response.status", path: "", message: `HTTP ${status} is not a documented answer` }];
  if (schema === null) return body === undefined ? [] : [{ operation, part: "response.body", path: "", message: `HTTP ${status} has no body` }];
  const result = schema.safeParse(body);
  return result.success ? [] : issuesOf(operation, "response.body", result.error);
}
