/**
 * Records that carry a value: counting them (for the data-safety check), moving them to the
 * replacement value (search, then batch update 100 at a time) and counting again before the value
 * goes. HubSpot's search index lags its writes, so the count before removal reads back each record
 * search still finds (batch read is exact) and counts only those truly still on the value.
 */
import { chunk } from "../core/chunk";
import type { RecordFailure, RecordMover } from "../core/values/port";
import { call, type HubSpotSession } from "./client";
import type { FailureSite } from "./errors";

export type RecordObjectType = "contacts" | "companies" | "deals" | "tickets";

/** Property equals value, ANDed. */
export type RecordFilter = Record<string, string>;

const searchPageSize = 100;
const batchSize = 100;

/** A `PublicObjectSearchRequest`: every field the schema requires, `after` "0" for the first page. */
function searchRequest(filter: RecordFilter, limit: number, after = "0") {
  const filters = Object.entries(filter).map(([propertyName, value]) => ({ propertyName, operator: "EQ" as const, value }));
  return { filterGroups: [{ filters }], properties: ["hs_object_id"], limit, after, sorts: [] as string[] };
}

/** How many records search finds matching `filter` (the index: a write of a moment ago may not be in it yet). */
export async function countRecords(session: HubSpotSession, site: FailureSite, objectType: RecordObjectType, filter: RecordFilter): Promise<number> {
  const page = await call(session, site, (client, options) => client.crm.objects.searchApi.doSearch(objectType, searchRequest(filter, 1) as any, options));
  return page.total;
}

/** HubSpot's search returns at most 10,000 results for one query, however it is paged. */
const searchResultCap = 10_000;

/** Up to `searchResultCap` ids search finds matching `filter`, leaving out `skip`; `capped` when search had more than it returns. */
async function matchingIds(session: HubSpotSession, site: FailureSite, objectType: RecordObjectType, filter: RecordFilter, skip: ReadonlySet<string>): Promise<{ ids: string[]; capped: boolean }> {
  const ids: string[] = [];
  let after: string | undefined;
  let seen = 0;
  do {
    const page = await call(session, site, (client, options) => client.crm.objects.searchApi.doSearch(objectType, searchRequest(filter, searchPageSize, after) as any, options));
    seen += page.results.length;
    ids.push(...page.results.map((record) => record.id).filter((id) => !skip.has(id)));
    after = page.paging?.next?.after;
  } while (after && seen + searchPageSize <= searchResultCap);
  return { ids, capped: after !== undefined };
}

/** HubSpot's reason for each input a 207 reply lists as failed, with the error's category. */
function failuresOf(errors: ReadonlyArray<{ message: string; category: string; context?: Record<string, string[]> }> | undefined, ids: readonly string[]): RecordFailure[] {
  const failures: RecordFailure[] = [];
  for (const error of errors ?? []) {
    const reason = `${error.message} (${error.category})`;
    const named = (error.context?.ids ?? []).filter((id) => ids.includes(id));
    for (const record of named.length > 0 ? named : ids) if (!failures.some((f) => f.record === record)) failures.push({ record, reason });
  }
  return failures;
}

/**
 * Sets `properties` on every record matching `filter`; returns how many HubSpot confirmed updated.
 * Works in rounds of one search (at most 10,000 results) and its batch updates while a search is
 * capped, so a value on more records than one search returns still moves entirely, and a stale
 * search result is not moved twice. (A record that reaches the value during the move is left to the
 * recount before removal.) A record a 207 reply names as failed is passed to `refused` with
 * HubSpot's reason, not counted, and not tried again in this run.
 */
export async function moveRecords(
  session: HubSpotSession,
  site: FailureSite,
  objectType: RecordObjectType,
  filter: RecordFilter,
  properties: Record<string, string>,
  refused: (failure: RecordFailure) => void = () => {},
): Promise<number> {
  const handled = new Set<string>();
  let moved = 0;
  for (;;) {
    const { ids, capped } = await matchingIds(session, site, objectType, filter, handled);
    for (const batch of chunk(ids, batchSize)) {
      const reply = await call(session, site, (client, options) => client.crm.objects.batchApi.update(objectType, { inputs: batch.map((id) => ({ id, properties })) }, options));
      const updated = new Set(reply.results.map((record) => record.id));
      const missing = batch.filter((id) => !updated.has(id));
      const failures = failuresOf("errors" in reply ? reply.errors : undefined, missing);
      for (const failure of failures) refused(failure);
      const failed = new Set(failures.map((f) => f.record));
      for (const id of missing) if (!failed.has(id)) refused({ record: id, reason: "HubSpot did not return the record as updated" });
      moved += updated.size;
      for (const id of batch) handled.add(id);
    }
    if (!capped || ids.length === 0) return moved;
  }
}

/** Of the records search finds on `filter`, how many truly hold it now (read back by id: batch read is not indexed). */
async function confirmedCount(session: HubSpotSession, site: FailureSite, objectType: RecordObjectType, filter: RecordFilter): Promise<number> {
  const { ids, capped } = await matchingIds(session, site, objectType, filter, new Set());
  let count = 0;
  for (const batch of chunk(ids, batchSize)) {
    const reply = await call(session, site, (client, options) =>
      client.crm.objects.batchApi.read(objectType, { inputs: batch.map((id) => ({ id })), properties: Object.keys(filter), propertiesWithHistory: [] }, undefined, options),
    );
    count += reply.results.filter((record) => Object.entries(filter).every(([name, value]) => record.properties[name] === value)).length;
  }
  // Past the cap nothing was read back: the count is at least one more, so the value stays.
  return capped ? count + 1 : count;
}

/** Which records carry one object's values: those of `objectType` whose `property` holds one. */
export interface ValueRecords {
  /** The resource, for errors; `field` is the spec field that lists the values. */
  site: Required<FailureSite>;
  objectType: RecordObjectType;
  property: string;
  /** Filters ANDed to every search (a pipeline's records: `{ pipeline: id }`). */
  scope?: RecordFilter;
  /** HubSpot's spelling of a value the spec names (a stage key → its stage id); asked at each call. */
  idOf?: (value: string) => string;
}

/** Per value (as the spec names it), what `countOne` finds for its filter; values with none are left out. */
async function countEach(values: readonly string[], idOf: (value: string) => string, countOne: (id: string) => Promise<number>): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  for (const value of values) {
    const count = await countOne(idOf(value));
    if (count > 0) usage.set(value, count);
  }
  return usage;
}

/**
 * The records that carry an object's values, as the data-safety engine's `RecordMover`: `count`
 * asks search, `verify` counts again with each hit read back, so that neither a record search has
 * not caught up with nor one it still shows on the old value is miscounted.
 */
export function valueRecords(session: HubSpotSession, where: ValueRecords): RecordMover {
  const { site, objectType, property, scope = {} } = where;
  const idOf = where.idOf ?? ((value: string) => value);
  const filterOf = (id: string) => ({ ...scope, [property]: id });
  return {
    records: objectType,
    field: property,
    count: (values) => countEach(values, idOf, (id) => countRecords(session, site, objectType, filterOf(id))),
    move: ({ from, to }, refused) => moveRecords(session, { ...site, field: "replacements" }, objectType, filterOf(idOf(from)), { [property]: idOf(to) }, refused),
    verify: (values) => countEach(values, idOf, (id) => confirmedCount(session, { ...site, field: "replacements" }, objectType, filterOf(id))),
  };
}
