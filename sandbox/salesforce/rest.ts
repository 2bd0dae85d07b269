/**
 * The REST API under `/services/data/vXX.X`: query, tooling query, sObject describe and CRUD,
 * composite sObject collections and limits, one route per endpoint. Every call needs a live
 * session (`Authorization: Bearer`), counts against the daily limit and answers `Sforce-Limit-Info`;
 * errors are `[{message, errorCode, fields}]`.
 */
import { countApiCall, limitHeader } from "./api-limits";
import { isValidSession } from "./oauth";
import { evaluate, type Row } from "./soql-eval";
import { parseSoql, SoqlError } from "./soql";
import { checkRecord, defaultValue, describeSObject, fieldsOf, isKnownObject, isSObject, newRecordId, organizationRow, type RestError } from "./sobjects";
import type { FieldValue, OrgState, SObjectRecord } from "./state";
import { toolingRows } from "./tooling";
import { json, route, type SalesforceRoute } from "./wire";

/** A REST answer before encoding: status and JSON body (none for 204). */
interface RestReply {
  status: number;
  body?: unknown;
}

const fail = (status: number, errorCode: string, message: string, fields: string[] = []): RestReply => ({
  status, body: [{ message, errorCode, fields }],
});
const fromError = (error: RestError, status = 400): RestReply => ({ status, body: [error] });

interface RestRequest {
  method: string;
  /** `version` (e.g. `62.0`) and the endpoint's own parameters. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, parsed. */
  body: unknown;
}

type RestHandler = (req: RestRequest, org: OrgState) => RestReply;

function runQuery(org: OrgState, soql: string | null, tooling: boolean): RestReply {
  if (!soql) return fail(400, "MALFORMED_QUERY", "A query string (q) is required");
  try {
    const query = parseSoql(soql);
    const rows: Row[] | undefined = tooling ? toolingRows(org, query.from) : query.from === "Organization" ? [organizationRow(org)] : isSObject(org, query.from) ? org.records[query.from] : undefined;
    if (!rows) return fail(400, "INVALID_TYPE", `sObject type '${query.from}' is not supported.`);
    if (!tooling) {
      const known = new Set(fieldsOf(org, query.from).map((f) => f.name.toLowerCase()));
      const used = [...query.select.flatMap((s) => (s.kind === "field" ? [s.field] : s.field ? [s.field] : [])), ...query.groupBy];
      const unknown = used.find((field) => !known.has(field.split(".")[0]!.toLowerCase()));
      if (unknown) return fail(400, "INVALID_FIELD", `No such column '${unknown}' on entity '${query.from}'.`);
    }
    const { totalSize, records } = evaluate(query, rows);
    return { status: 200, body: { totalSize, done: true, records } };
  } catch (error) {
    if (error instanceof SoqlError) return fail(400, "MALFORMED_QUERY", error.message);
    throw error;
  }
}

function createRecord(org: OrgState, type: string, values: Record<string, FieldValue>): { id?: string; error?: RestError } {
  const withDefaults = { ...values };
  for (const field of fieldsOf(org, type)) {
    const fallback = field.picklist ? defaultValue(field) : undefined;
    if (field.required && fallback && !(field.name in withDefaults)) withDefaults[field.name] = fallback;
  }
  const error = checkRecord(org, type, withDefaults, true);
  if (error) return { error };
  const record: SObjectRecord = { Id: newRecordId(org, type), ...(type === "Lead" ? { IsConverted: false } : {}), ...withDefaults };
  org.records[type]!.push(record);
  return { id: record.Id };
}

function updateRecord(org: OrgState, type: string, id: string, values: Record<string, FieldValue>): RestError | undefined {
  const record = org.records[type]?.find((r) => r.Id === id);
  if (!record) return { message: "entity is deleted", errorCode: "ENTITY_IS_DELETED", fields: [] };
  if (record.IsConverted === true) return { message: "cannot reference converted lead", errorCode: "CANNOT_UPDATE_CONVERTED_LEAD", fields: [] };
  const error = checkRecord(org, type, values, false);
  if (error) return error;
  Object.assign(record, values);
  return undefined;
}

const stripAttributes = (record: Record<string, unknown>) => {
  const { attributes: _a, Id: _id, id: _i, ...values } = record;
  return values as Record<string, FieldValue>;
};

function compositeSObjects(org: OrgState, method: string, body: unknown): RestReply {
  const { records, allOrNone } = (body ?? {}) as { records?: Array<Record<string, unknown>>; allOrNone?: boolean };
  if (!Array.isArray(records)) return fail(400, "JSON_PARSER_ERROR", "records is required");
  if (records.length > 200) return fail(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
  const results = records.map((record) => {
    const type = (record.attributes as { type?: string } | undefined)?.type ?? "";
    if (!isSObject(org, type)) return { success: false, errors: [{ statusCode: "INVALID_TYPE", message: `sObject type '${type}' is not supported.`, fields: [] }] };
    if (method === "POST") {
      const { id, error } = createRecord(org, type, stripAttributes(record));
      return error ? { success: false, errors: [{ statusCode: error.errorCode, message: error.message, fields: error.fields }] } : { id, success: true, errors: [] };
    }
    const id = String(record.id ?? record.Id ?? "");
    const error = updateRecord(org, type, id, stripAttributes(record));
    return error ? { id, success: false, errors: [{ statusCode: error.errorCode, message: error.message, fields: error.fields }] } : { id, success: true, errors: [] };
  });
  if (allOrNone && results.some((r) => !r.success)) return { status: 200, body: results.map((r) => ({ ...r, success: false })) };
  return { status: 200, body: results };
}

const apiVersions = ["58.0", "59.0", "60.0", "61.0", "62.0", "63.0"].map((version) => ({ label: `v${version}`, url: `/services/data/v${version}`, version }));

/** `rest("GET", "/query", handler)` serves `GET /services/data/vXX.X/query` to a live session, counted against the daily limit. */
function rest(method: string, path: string, handle: RestHandler): SalesforceRoute {
  return route(method, `/services/data/v:version(\\d+\\.\\d)${path}`, (req, ctx) => {
    const org = ctx.state;
    const error = (status: number, errorCode: string, message: string) => json(status, [{ message, errorCode }], limitHeader(org));
    if (!isValidSession(org, /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1])) return error(401, "INVALID_SESSION_ID", "Session expired or invalid");
    if (!countApiCall(ctx)) return error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    let body: unknown;
    try {
      body = req.text ? JSON.parse(req.text) : undefined;
    } catch {
      return error(400, "JSON_PARSER_ERROR", "The request body is not valid JSON");
    }
    const reply = handle({ method: req.method, params: req.params, query: req.query, body }, org);
    return json(reply.status, reply.body, limitHeader(org));
  });
}

/** An endpoint under `/sobjects/{type}` of an emulated object; other types are not found. */
const sobject = (method: string, path: string, handle: (req: RestRequest, org: OrgState, type: string) => RestReply) =>
  rest(method, `/sobjects/:type${path}`, (req, org) => {
    const type = req.params.type!;
    return isSObject(org, type) ? handle(req, org, type) : fail(404, "NOT_FOUND", `The requested resource does not exist: sObject type '${type}' is not supported.`);
  });

/** An endpoint under `/sobjects/{type}/{id}` of an existing record. */
const record = (method: string, handle: (req: RestRequest, org: OrgState, type: string, record: SObjectRecord) => RestReply) =>
  sobject(method, "/:id", (req, org, type) => {
    const found = org.records[type]!.find((r) => r.Id === req.params.id);
    return found ? handle(req, org, type, found) : fail(404, "NOT_FOUND", "The requested resource does not exist");
  });

const notAllowed = (allowed: string) => (req: RestRequest) => fail(405, "METHOD_NOT_ALLOWED", `HTTP Method '${req.method}' not allowed. Allowed are ${allowed}`);
const body = (req: RestRequest) => stripAttributes((req.body ?? {}) as Record<string, unknown>);

export const restRoutes: SalesforceRoute[] = [
  route("GET", "/services/data", () => json(200, apiVersions)),
  rest("GET", "/query", (req, org) => runQuery(org, req.query.get("q"), false)),
  rest("GET", "/queryAll", (req, org) => runQuery(org, req.query.get("q"), false)),
  rest("GET", "/tooling/query", (req, org) => runQuery(org, req.query.get("q"), true)),
  rest("GET", "/limits", (_req, org) => ({ status: 200, body: { DailyApiRequests: { Max: org.limits.dailyApiRequests, Remaining: org.limits.dailyApiRequests - org.limits.used } } })),
  rest("POST", "/composite/sobjects", (req, org) => compositeSObjects(org, "POST", req.body)),
  rest("PATCH", "/composite/sobjects", (req, org) => compositeSObjects(org, "PATCH", req.body)),
  rest("GET", "/sobjects/:type/describe", (req, org) =>
    isKnownObject(req.params.type!) ? { status: 200, body: describeSObject(org, req.params.type!, req.params.version!) } : fail(404, "NOT_FOUND", "The requested resource does not exist")),
  sobject("POST", "", (req, org, type) => {
    const { id, error } = createRecord(org, type, body(req));
    return error ? fromError(error) : { status: 201, body: { id, success: true, errors: [] } };
  }),
  sobject("*", "", notAllowed("GET,POST")),
  record("GET", (req, _org, type, found) => ({ status: 200, body: { attributes: { type, url: `/services/data/v${req.params.version}/sobjects/${type}/${found.Id}` }, ...found } })),
  record("PATCH", (req, org, type, found) => {
    const error = updateRecord(org, type, found.Id, body(req));
    return error ? fromError(error) : { status: 204 };
  }),
  record("DELETE", (_req, org, type, found) => {
    const records = org.records[type]!;
    records.splice(records.indexOf(found), 1);
    return { status: 204 };
  }),
  record("*", notAllowed("GET,PATCH,DELETE")),
  rest("*", "/:rest(.*)", () => fail(404, "NOT_FOUND", "The requested resource does not exist")),
];
