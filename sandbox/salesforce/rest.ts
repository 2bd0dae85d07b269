import { evaluate, type Row } from "./soql-eval";
import { parseSoql, SoqlError } from "./soql";
import { checkRecord, defaultValue, describeSObject, fieldsOf, isSObject, type RestError } from "./sobjects";
import { newId, type FieldValue, type OrgState, type SObjectRecord } from "./state";
import { toolingRows } from "./tooling";

/** A REST answer: status and JSON body (undefined for 204). */
export interface RestReply {
  status: number;
  body?: unknown;
}

const fail = (status: number, errorCode: string, message: string, fields: string[] = []): RestReply => ({
  status, body: [{ message, errorCode, fields }],
});
const fromError = (error: RestError, status = 400): RestReply => ({ status, body: [error] });

export interface RestRequest {
  method: string;
  /** Path after `/services/data/vXX.X`, e.g. `/sobjects/Lead/describe`. */
  path: string;
  version: string;
  query: URLSearchParams;
  body: unknown;
}

function runQuery(org: OrgState, soql: string | null, tooling: boolean): RestReply {
  if (!soql) return fail(400, "MALFORMED_QUERY", "A query string (q) is required");
  try {
    const query = parseSoql(soql);
    const rows: Row[] | undefined = tooling ? toolingRows(org, query.from) : isSObject(org, query.from) ? org.records[query.from] : undefined;
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
  const record: SObjectRecord = { Id: newId(org, type), ...(type === "Lead" ? { IsConverted: false } : {}), ...withDefaults };
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

/**
 * The REST API under `/services/data/vXX.X`: query, tooling query, sObject describe and CRUD,
 * composite sObject collections and limits. Returns `mutated` so the caller can persist.
 */
export function handleRest(org: OrgState, req: RestRequest, dailyLimit: { used: number; max: number }): RestReply & { mutated?: boolean } {
  const { method, path } = req;
  if (method === "GET" && (path === "/query" || path === "/queryAll")) return runQuery(org, req.query.get("q"), false);
  if (method === "GET" && path === "/tooling/query") return runQuery(org, req.query.get("q"), true);
  if (method === "GET" && path === "/limits") return { status: 200, body: { DailyApiRequests: { Max: dailyLimit.max, Remaining: dailyLimit.max - dailyLimit.used } } };
  if (path === "/composite/sobjects" && (method === "PATCH" || method === "POST")) {
    return { ...compositeSObjects(org, method, req.body), mutated: true };
  }
  const match = /^\/sobjects\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (!match) return fail(404, "NOT_FOUND", "The requested resource does not exist");
  const [, type, sub] = match as unknown as [string, string, string | undefined];
  if (!isSObject(org, type)) return fail(404, "NOT_FOUND", `The requested resource does not exist: sObject type '${type}' is not supported.`);
  if (sub === "describe" && method === "GET") return { status: 200, body: describeSObject(org, type, req.version) };
  if (!sub && method === "POST") {
    const { id, error } = createRecord(org, type, stripAttributes((req.body ?? {}) as Record<string, unknown>));
    return error ? fromError(error) : { status: 201, body: { id, success: true, errors: [] }, mutated: true };
  }
  if (!sub) return fail(405, "METHOD_NOT_ALLOWED", `HTTP Method '${method}' not allowed. Allowed are GET,POST`);
  const records = org.records[type]!;
  const record = records.find((r) => r.Id === sub);
  if (!record) return fail(404, "NOT_FOUND", "The requested resource does not exist");
  if (method === "GET") return { status: 200, body: { attributes: { type, url: `/services/data/v${req.version}/sobjects/${type}/${record.Id}` }, ...record } };
  if (method === "PATCH") {
    const error = updateRecord(org, type, sub, stripAttributes((req.body ?? {}) as Record<string, unknown>));
    return error ? fromError(error) : { status: 204, mutated: true };
  }
  if (method === "DELETE") {
    records.splice(records.indexOf(record), 1);
    return { status: 204, mutated: true };
  }
  return fail(405, "METHOD_NOT_ALLOWED", `HTTP Method '${method}' not allowed. Allowed are GET,PATCH,DELETE`);
}
