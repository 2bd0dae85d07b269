/** CRM Objects v3 (`/crm/v3/objects/{objectType}`): search, batch read and update, single records. */
import { z } from "zod";
import { forwardPaging, timestamp } from "./common";

const operators = ["BETWEEN", "CONTAINS_TOKEN", "EQ", "GT", "GTE", "HAS_PROPERTY", "IN", "LT", "LTE", "NEQ", "NOT_CONTAINS_TOKEN", "NOT_HAS_PROPERTY", "NOT_IN"] as const;

/** `PublicObjectSearchRequest`: `after`, `limit`, `properties` and `sorts` are all required; up to 6 filter groups, up to 200 results. */
export const searchRequest = z.strictObject({
  after: z.string(),
  filterGroups: z
    .array(z.strictObject({ filters: z.array(z.strictObject({ propertyName: z.string(), operator: z.enum(operators), value: z.string().optional(), values: z.array(z.string()).optional(), highValue: z.string().optional() })) }))
    .max(6),
  limit: z.number().int().max(200),
  properties: z.array(z.string()),
  sorts: z.array(z.string()),
  query: z.string().max(3000).optional(),
});

/**
 * Property values of a record. The document types them as strings; HubSpot answers `null` for a
 * requested property that has no value, which the schema does not say: null is accepted.
 */
const propertyValues = z.record(z.string(), z.string().nullable());

export const record = z.strictObject({
  id: z.string(),
  properties: propertyValues,
  createdAt: timestamp,
  updatedAt: timestamp,
  archived: z.boolean(),
  archivedAt: timestamp.optional(),
  url: z.string().optional(),
});

/** `CollectionResponseWithTotalSimplePublicObject`. */
export const searchResponse = z.strictObject({ total: z.number().int(), results: z.array(record), paging: forwardPaging.optional() });
export const recordPage = z.strictObject({ results: z.array(record), paging: forwardPaging.optional() });

/** `BatchInputSimplePublicObjectBatchInput`. */
export const batchUpdate = z.strictObject({
  inputs: z.array(z.strictObject({ id: z.string(), properties: z.record(z.string(), z.string()), idProperty: z.string().optional(), objectWriteTraceId: z.string().optional() })),
});
/** `BatchReadInputSimplePublicObjectId`: `properties` and `propertiesWithHistory` are required. */
export const batchRead = z.strictObject({
  inputs: z.array(z.strictObject({ id: z.string() })),
  properties: z.array(z.string()),
  propertiesWithHistory: z.array(z.string()),
  idProperty: z.string().optional(),
});

export const recordUpdate = z.strictObject({ properties: z.record(z.string(), z.string()) });
/** `SimplePublicObjectInputForCreate`: `associations` is required (it may be empty). */
export const recordCreate = z.strictObject({ properties: z.record(z.string(), z.string()), associations: z.array(z.unknown()) });
