/**
 * `/crm/v3/objects/{contacts|companies|deals|tickets}`: enough of the records API to count and
 * move records: list, get, create, update, search (EQ/NEQ/IN/NOT_IN/HAS_PROPERTY) and batch
 * read/update. Writes are validated like HubSpot's: enumeration values must be options, and a
 * deal/ticket stage must belong to the record's pipeline. A batch with unknown ids answers 207
 * with the others done. Search reads the index, which lags writes by the portal's `searchLagMs`.
 */
import { batchReply, notFound, now, ok, route, validationError, type BatchFailure, type HubSpotErrorDetail, type HubSpotRoute, type HubSpotRequest } from "../http";
import { indexWrite, liveRecords, searchView } from "../records";
import { nextId, type CrmObjectType, type PortalState, type SandboxRecord } from "../state";
import { pipelineFields } from "./pipelines";
import { requireObjectType } from "./properties";

const maxBatch = 100;
const maxSearchLimit = 200;

function invalidValues(state: PortalState, objectType: CrmObjectType, properties: Record<string, string | null>): HubSpotErrorDetail[] {
  const problems: HubSpotErrorDetail[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (value == null || value === "") continue;
    const property = state.properties[objectType].find((p) => p.name === name && !p.archived);
    if (property?.type === "enumeration" && !property.options.some((o) => o.value === value)) {
      problems.push({
        message: `${value} was not one of the allowed options: ${property.options.map((o) => o.value).join(", ")}`,
        code: "INVALID_OPTION",
        context: { propertyName: [name], value: [value] },
      });
    }
  }
  if (objectType === "deals" || objectType === "tickets") {
    const fields = pipelineFields[objectType];
    const stageId = properties[fields.stage];
    if (stageId) {
      const pipelineId = properties[fields.pipeline];
      const pipeline = state.pipelines[objectType].find((p) => p.id === pipelineId && !p.archived);
      if (!pipeline?.stages.some((s) => s.id === stageId)) {
        problems.push({
          message: `${stageId} is not a valid stage of pipeline ${pipelineId}`,
          code: "INVALID_OPTION",
          context: { propertyName: [fields.stage], value: [stageId] },
        });
      }
    }
  }
  return problems;
}

function requireValid(state: PortalState, objectType: CrmObjectType, properties: Record<string, string | null>): void {
  const problems = invalidValues(state, objectType, properties);
  if (problems.length > 0) {
    throw validationError(`Property values were not valid: ${problems.map((p) => p.message).join("; ")}`, { errors: problems });
  }
}

/** Properties HubSpot computes and returns on every record, whatever was asked. */
const computedProperties = (record: SandboxRecord) => ({ hs_object_id: record.id, createdate: record.createdAt, hs_lastmodifieddate: record.updatedAt });

/** A record as the API answers it; `properties` is what the reader sees (search: the index). */
function present(record: SandboxRecord, requested: string[] | undefined, properties = record.properties) {
  const computed: Record<string, string | null> = computedProperties(record);
  const names = requested && requested.length > 0 ? requested : Object.keys(properties);
  const shown: Record<string, string | null> = { ...computed };
  for (const name of names) if (!(name in computed)) shown[name] = properties[name] ?? null;
  return { id: record.id, properties: shown, createdAt: record.createdAt, updatedAt: record.updatedAt, archived: record.archived };
}

function requestedProperties(req: HubSpotRequest): string[] | undefined {
  const raw = req.query.getAll("properties").flatMap((p) => p.split(","));
  return raw.length > 0 ? raw : undefined;
}

const tryFindRecord = (state: PortalState, objectType: CrmObjectType, id: string) => liveRecords(state, objectType).find((r) => r.id === id);

function findRecord(state: PortalState, objectType: CrmObjectType, id: string): SandboxRecord {
  const record = tryFindRecord(state, objectType, id);
  if (!record) throw notFound(`Object not found.  objectId are usually numeric.`);
  return record;
}

function applyUpdate(state: PortalState, objectType: CrmObjectType, record: SandboxRecord, properties: Record<string, string | null>): void {
  requireValid(state, objectType, { ...record.properties, ...properties });
  const before = { ...record.properties };
  Object.assign(record.properties, properties);
  record.updatedAt = now();
  indexWrite(state, record, before);
}

/** The batch's records that exist, and the 207 failure naming the ids that do not. */
function batchRecords(state: PortalState, objectType: CrmObjectType, ids: readonly string[], verb: string) {
  const found = ids.map((id) => tryFindRecord(state, objectType, id));
  const missing = ids.filter((_, i) => !found[i]);
  const failures: BatchFailure[] =
    missing.length === 0 ? [] : [{ category: "OBJECT_NOT_FOUND", message: `Could not ${verb} some ${objectType}, they may be deleted or not exist. Check that ids are valid.`, ids: missing }];
  return { found, failures };
}

interface SearchFilter {
  propertyName: string;
  operator: string;
  value?: string;
  values?: string[];
}

function matches(properties: Record<string, string | null>, filter: SearchFilter): boolean {
  const value = properties[filter.propertyName] ?? null;
  switch (filter.operator) {
    case "EQ":
      return value === String(filter.value);
    case "NEQ":
      return value !== String(filter.value);
    case "IN":
      return value !== null && (filter.values ?? []).map(String).includes(value);
    case "NOT_IN":
      return value === null || !(filter.values ?? []).map(String).includes(value);
    case "HAS_PROPERTY":
      return value !== null && value !== "";
    case "NOT_HAS_PROPERTY":
      return value === null || value === "";
    default:
      throw validationError(`Unsupported filter operator ${filter.operator}`);
  }
}

const searchResultCap = 10_000;

function search(req: HubSpotRequest, state: PortalState, objectType: CrmObjectType) {
  const body = req.body ?? {};
  const limit = Math.min(Number(body.limit ?? 10), maxSearchLimit);
  if (Number(body.limit ?? 10) > maxSearchLimit) throw validationError(`limit must be at most ${maxSearchLimit}`);
  const groups: Array<{ filters: SearchFilter[] }> = body.filterGroups ?? [];
  const nowMs = Date.now();
  const hits = liveRecords(state, objectType)
    .map((record) => ({ record, seen: searchView(record, nowMs) }))
    .filter((hit): hit is { record: SandboxRecord; seen: Record<string, string | null> } => hit.seen !== null)
    .filter(({ seen }) => groups.length === 0 || groups.some((group) => (group.filters ?? []).every((filter) => matches(seen, filter))));
  const offset = Number(body.after ?? 0);
  // HubSpot's search API pages through at most 10,000 results of one query.
  if (offset + limit > searchResultCap) throw validationError(`The search API returns at most ${searchResultCap} results; narrow the query (after=${offset}).`);
  const page = hits.slice(offset, offset + limit);
  const next = offset + limit < hits.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { total: hits.length, results: page.map(({ record, seen }) => present(record, body.properties, seen)), ...next };
}

export const objectRoutes: HubSpotRoute[] = [
  route("POST", "/crm/v3/objects/:objectType/search", (req, { state }) => ok(search(req, state, requireObjectType(req.params.objectType!)))),
  route("POST", "/crm/v3/objects/:objectType/batch/read", (req, { state }) => {
    const startedAt = now();
    const objectType = requireObjectType(req.params.objectType!);
    const ids: string[] = req.body.inputs.map((input: { id: string }) => input.id);
    const { found, failures } = batchRecords(state, objectType, ids, "get");
    return batchReply(found.flatMap((r) => (r ? [present(r, req.body.properties)] : [])), startedAt, failures);
  }),
  route("POST", "/crm/v3/objects/:objectType/batch/update", (req, ctx) => {
    const startedAt = now();
    const objectType = requireObjectType(req.params.objectType!);
    const inputs: Array<{ id: string; properties: Record<string, string | null> }> = req.body.inputs;
    if (inputs.length > maxBatch) throw validationError(`Batch input size ${inputs.length} exceeds the maximum of ${maxBatch}`);
    const { found, failures } = batchRecords(ctx.state, objectType, inputs.map((input) => input.id), "update");
    const updates = inputs.flatMap((input, i) => (found[i] ? [{ record: found[i]!, properties: input.properties }] : []));
    // An invalid value refuses the whole batch (400), as HubSpot does; only unknown ids fail one by one.
    updates.forEach(({ record, properties }) => requireValid(ctx.state, objectType, { ...record.properties, ...properties }));
    updates.forEach(({ record, properties }) => applyUpdate(ctx.state, objectType, record, properties));
    ctx.changed = updates.length > 0;
    return batchReply(updates.map(({ record }) => present(record, undefined)), startedAt, failures);
  }),
  route("GET", "/crm/v3/objects/:objectType", (req, { state }) => {
    const all = liveRecords(state, requireObjectType(req.params.objectType!));
    const limit = Math.min(Number(req.query.get("limit") ?? 10), 100);
    const offset = Number(req.query.get("after") ?? 0);
    const next = offset + limit < all.length ? { paging: { next: { after: String(offset + limit), link: "" } } } : {};
    return ok({ results: all.slice(offset, offset + limit).map((r) => present(r, requestedProperties(req))), ...next });
  }),
  route("POST", "/crm/v3/objects/:objectType", (req, ctx) => {
    const objectType = requireObjectType(req.params.objectType!);
    const properties: Record<string, string | null> = req.body?.properties ?? {};
    requireValid(ctx.state, objectType, properties);
    const timestamp = now();
    const record: SandboxRecord = { id: nextId(ctx.state), properties: { ...properties }, createdAt: timestamp, updatedAt: timestamp, archived: false };
    indexWrite(ctx.state, record, null);
    ctx.state.records[objectType].push(record);
    ctx.changed = true;
    return ok(present(record, undefined), 201);
  }),
  route("GET", "/crm/v3/objects/:objectType/:id", (req, { state }) => {
    const objectType = requireObjectType(req.params.objectType!);
    return ok(present(findRecord(state, objectType, req.params.id!), requestedProperties(req)));
  }),
  route("PATCH", "/crm/v3/objects/:objectType/:id", (req, ctx) => {
    const objectType = requireObjectType(req.params.objectType!);
    const record = findRecord(ctx.state, objectType, req.params.id!);
    applyUpdate(ctx.state, objectType, record, req.body?.properties ?? {});
    ctx.changed = true;
    return ok(present(record, undefined));
  }),
];
