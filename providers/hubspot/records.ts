/**
 * Records that carry a value: counting them (for the data-safety check) and moving them to the
 * replacement value (search, then batch update 100 at a time).
 */
import { chunk } from "../core/retry";
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
export async function countByValue(
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

/** Sets `properties` on every record matching `filter`; returns how many moved. */
export async function moveRecords(
  session: HubSpotSession,
  site: FailureSite,
  objectType: RecordObjectType,
  filter: RecordFilter,
  properties: Record<string, string>,
): Promise<number> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await call(session, site, (client) =>
      client.crm.objects.searchApi.doSearch(objectType, searchRequest(filter, searchPageSize, after)),
    );
    ids.push(...page.results.map((record) => record.id));
    after = page.paging?.next?.after;
  } while (after);
  for (const batch of chunk(ids, batchSize)) {
    await call(session, site, (client) =>
      client.crm.objects.batchApi.update(objectType, { inputs: batch.map((id) => ({ id, properties })) }),
    );
  }
  return ids.length;
}
