/**
 * Records that carry a value: counting them (for the data-safety check) and moving them to the
 * replacement value (search, then batch update 100 at a time).
 */
import { chunk } from "../core/chunk";
import type { RecordMover } from "../core/values/port";
import { call, type HubSpotSession } from "./client";
import type { FailureSite } from "./errors";

export type RecordObjectType = "contacts" | "companies" | "deals" | "tickets";

/** Property equals value, ANDed. */
export type RecordFilter = Record<string, string>;

const searchPageSize = 100;
const batchSize = 100;

function searchRequest(filter: RecordFilter, limit: number, after?: string) {
  const filters = Object.entries(filter).map(([propertyName, value]) => ({ propertyName, operator: "EQ", value }));
  return { filterGroups: [{ filters }], properties: ["hs_object_id"], limit, after, sorts: [] } as any;
}

/** How many records match `filter`. */
export async function countRecords(session: HubSpotSession, site: FailureSite, objectType: RecordObjectType, filter: RecordFilter): Promise<number> {
  const page = await call(session, site, (client) => client.crm.objects.searchApi.doSearch(objectType, searchRequest(filter, 1)));
  return page.total;
}

/** Counts records per value of `property` (with `scope` ANDed), for each of `values`. */
async function countByValue(
  session: HubSpotSession,
  site: FailureSite,
  objectType: RecordObjectType,
  property: string,
  values: readonly string[],
  scope: RecordFilter = {},
): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  for (const value of values) {
    const count = await countRecords(session, site, objectType, { ...scope, [property]: value });
    if (count > 0) usage.set(value, count);
  }
  return usage;
}

/** HubSpot's search returns at most 10,000 results for one query, however it is paged. */
const searchResultCap = 10_000;

/** Up to `searchResultCap` ids matching `filter`, leaving out `skip`. */
async function matchingIds(session: HubSpotSession, site: FailureSite, objectType: RecordObjectType, filter: RecordFilter, skip: ReadonlySet<string>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  let seen = 0;
  do {
    const page = await call(session, site, (client) => client.crm.objects.searchApi.doSearch(objectType, searchRequest(filter, searchPageSize, after)));
    seen += page.results.length;
    ids.push(...page.results.map((record) => record.id).filter((id) => !skip.has(id)));
    after = page.paging?.next?.after;
  } while (after && seen + searchPageSize <= searchResultCap);
  return ids;
}

/**
 * Sets `properties` on every record matching `filter`; returns how many moved. Works in rounds of
 * one search (at most 10,000 results) and its batch updates, until a search finds nothing left, so
 * a value on more records than one search can return still moves entirely. If records remain
 * (search lag), removing the value is refused by HubSpot, never silently done.
 */
export async function moveRecords(
  session: HubSpotSession,
  site: FailureSite,
  objectType: RecordObjectType,
  filter: RecordFilter,
  properties: Record<string, string>,
): Promise<number> {
  const moved = new Set<string>();
  for (;;) {
    const ids = await matchingIds(session, site, objectType, filter, moved);
    if (ids.length === 0) return moved.size;
    for (const batch of chunk(ids, batchSize)) {
      await call(session, site, (client) => client.crm.objects.batchApi.update(objectType, { inputs: batch.map((id) => ({ id, properties })) }));
      for (const id of batch) moved.add(id);
    }
  }
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

/**
 * The records that carry an object's values, as the data-safety engine's `RecordMover`. HubSpot's
 * search lags its writes, so `verify` reports none: HubSpot itself refuses to remove an option or a
 * stage that records still carry, so a value records still use is never removed silently.
 */
export function valueRecords(session: HubSpotSession, where: ValueRecords): RecordMover {
  const { site, objectType, property, scope = {} } = where;
  const idOf = where.idOf ?? ((value: string) => value);
  return {
    records: objectType,
    field: property,
    async count(values) {
      const byId = await countByValue(session, site, objectType, property, values.map(idOf), scope);
      return new Map(values.map((value) => [value, byId.get(idOf(value)) ?? 0]));
    },
    move: ({ from, to }) => moveRecords(session, { ...site, field: "replacements" }, objectType, { ...scope, [property]: idOf(from) }, { [property]: idOf(to) }),
    verify: async () => new Map(),
  };
}
