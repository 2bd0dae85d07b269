/**
 * `/crm/v3/objects/{contacts|companies|deals|tickets}`: enough of the records API to count and
 * move records: list, get, create, update, search (EQ/NEQ/IN/NOT_IN/HAS_PROPERTY) and batch
 * read/update. Writes are validated like HubSpot's: enumeration values must be options, and a
 * deal/ticket stage must belong to the record's pipeline.
 */
import { batchReply, notFound, now, ok, route, validationError, type HubSpotErrorDetail, type HubSpotRoute, type HubSpotRequest } from "../http";
import { liveRecords } from "../records";
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

function present(record: SandboxRecord, requested: string[] | undefined) {
  const names = requested && requested.length > 0 ? requested : Object.keys(record.properties);
  const properties: Record<string, string | null> = {
    hs_object_id: record.id,
    createdate: record.createdAt,
    hs_lastmodifieddate: record.updatedAt,
  };
  for (const name of names) properties[name] = record.properties[name] ?? null;
  return { id: record.id, properties, createdAt: record.createdAt, updatedAt: record.updatedAt, archived: record.archived };
}

function requestedProperties(req: HubSpotRequest): string[] | undefined {
  const raw = req.query.getAll("properties").flatMap((p) => p.split(","));
  return raw.length > 0 ? raw : undefined;
}

function findRecord(state: PortalState, objectType: CrmObjectType, id: string): SandboxRecord {
  const record = liveRecords(state, objectType).find((r) => r.id === id);
  if (!record) throw notFound(`Object not found.  objectId are usually numeric.`);
  return record;
}

function applyUpdate(state: PortalState, objectType: CrmObjectType, record: SandboxRecord, properties: Record<string, string | null>): void {
  requireValid(state, objectType, { ...record.properties, ...properties });
  Object.assign(record.properties, properties);
  record.updatedAt = now();
}

interface SearchFilter {
  propertyName: string;
  operator: string;
  value?: string;
  values?: string[];
}

function matches(record: SandboxRecord, filter: SearchFilter): boolean {
  const value = record.properties[filter.propertyName] ?? null;
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
  const hits = liveRecords(state, objectType).filter(
    (record) => groups.length === 0 || groups.some((group) => (group.filters ?? []).every((filter) => matches(record, filter))),
  );
  const offset = Number(body.after ?? 0);
  // HubSpot's search API pages through at most 10,000 results of one query.
  if (offset + limit > searchResultCap) throw validationError(`The search API returns at most ${searchResultCap} results; narrow the query (after=${offset}).`);
  const page = hits.slice(offset, offset + limit);
  const next = offset + limit < hits.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { total: hits.length, results: page.map((r) => present(r, body.properties)), ...next };
}

export const objectRoutes: HubSpotRoute[] = [
  route("POST", "/crm/v3/objects/:objectType/search", (req, { state }) => ok(search(req, state, requireObjectType(req.params.objectType!)))),
  route("POST", "/crm/v3/objects/:objectType/batch/read", (req, { state }) => {
    const startedAt = now();
    const objectType = requireObjectType(req.params.objectType!);
    const ids: string[] = (req.body?.inputs ?? []).map((input: { id: string }) => String(input.id));
    const found = liveRecords(state, objectType).filter((r) => ids.includes(r.id));
    return batchReply(found.map((r) => present(r, req.body?.properties)), startedAt);
  }),
  route("POST", "/crm/v3/objects/:objectType/batch/update", (req, ctx) => {
    const startedAt = now();
    const objectType = requireObjectType(req.params.objectType!);
    const inputs: Array<{ id: string; properties: Record<string, string | null> }> = req.body?.inputs ?? [];
    if (inputs.length > maxBatch) throw validationError(`Batch input size ${inputs.length} exceeds the maximum of ${maxBatch}`);
    const records = inputs.map((input) => findRecord(ctx.state, objectType, String(input.id)));
    records.forEach((record, i) => requireValid(ctx.state, objectType, { ...record.properties, ...inputs[i]!.properties }));
    records.forEach((record, i) => applyUpdate(ctx.state, objectType, record, inputs[i]!.properties));
    ctx.changed = true;
    return batchReply(records.map((r) => present(r, undefined)), startedAt);
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
