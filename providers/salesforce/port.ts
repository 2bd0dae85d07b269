import { chunk } from "../core/chunk";
import { defaultRetryPolicy, withRetry, type RetryPolicy } from "../core/retry";
import { BowtieProviderError } from "../core/errors";
import type { HandlerContext } from "../core/kind";
import { dropConnection, getConnection, salesforceSecrets } from "./connection";
import { errorCodeOf, providerError, translateError, type ErrorContext } from "./errors";

/** A metadata component as jsforce reads and writes it. */
export interface MetadataComponent {
  fullName: string;
  [field: string]: unknown;
}

export type SaveMode = "create" | "update" | "upsert";

/** Salesforce allows at most 10 components per Metadata CRUD call. */
export const METADATA_BATCH = 10;
/** sObject collections take at most 200 records. */
export const RECORD_BATCH = 200;

/**
 * The narrow port over jsforce: only the calls Bowtie makes. Every call is batched, retried on
 * transient errors and translated into errors naming the resource; the handlers never see jsforce.
 */
export interface SalesforcePort {
  /** One entry per name; undefined where the component does not exist. */
  readMetadata(type: string, fullNames: string[]): Promise<Array<MetadataComponent | undefined>>;
  /** Throws on the first component Salesforce refuses. Upsert reports which ones it created. */
  saveMetadata(mode: SaveMode, type: string, components: MetadataComponent[]): Promise<void>;
  /** Deletes; names that do not exist are ignored (the goal is reached). */
  deleteMetadata(type: string, fullNames: string[]): Promise<void>;
  query<T>(soql: string): Promise<T[]>;
  /** SOQL over the Tooling API (flow versions, validation rules as tooling objects). */
  toolingQuery<T>(soql: string): Promise<T[]>;
  updateRecords(object: string, records: Array<{ Id: string } & Record<string, unknown>>): Promise<void>;
  /** The field names describe lists for `object` (what the integration user can see); undefined when the object does not exist. */
  describeFields(object: string): Promise<string[] | undefined>;
}

interface SaveResultLike {
  fullName: string;
  success: boolean;
  errors?: Array<{ statusCode: string; message: string; fields?: string[] | string }>;
}

/**
 * Opens the port for one resource's operation (`name`: the resource name events carry; `resource`:
 * how errors name it); credentials come from `ctx.settings` at run time.
 */
export function openPort(ctx: HandlerContext, name: string, resource: string, policy: RetryPolicy = defaultRetryPolicy): SalesforcePort {
  const settings = ctx.settings.salesforce;
  const where: ErrorContext = { resource, secrets: salesforceSecrets(settings) };
  const retryPolicy: RetryPolicy = {
    ...policy,
    onRetry: ({ attempt, delayMs, error }) => ctx.emit({ type: "retried", resource: name, attempt, delayMs, code: error.code }),
  };

  const call = <T>(run: (conn: import("jsforce").Connection) => Promise<T>): Promise<T> =>
    withRetry(async () => {
      const conn = await getConnection(settings, resource);
      try {
        return await run(conn);
      } catch (error) {
        if (errorCodeOf(error) === "INVALID_SESSION_ID") dropConnection(settings);
        throw translateError(error, where);
      }
    }, retryPolicy);

  const check = (results: SaveResultLike[], tolerate: string[] = []) => {
    for (const result of results) {
      const error = result.success ? undefined : result.errors?.[0];
      if (!error || tolerate.includes(error.statusCode)) continue;
      const fields = Array.isArray(error.fields) ? error.fields : error.fields ? [error.fields] : [];
      throw providerError(error.statusCode, `${result.fullName}: ${error.message}`, { ...where, field: fields[0] });
    }
  };

  return {
    async readMetadata(type, fullNames) {
      const out: Array<MetadataComponent | undefined> = [];
      for (const batch of chunk(fullNames, METADATA_BATCH)) {
        const records = (await call((conn) => conn.metadata.read(type as never, batch))) as unknown as MetadataComponent[];
        out.push(...records.map((record) => (record && record.fullName ? record : undefined)));
      }
      return out;
    },
    async saveMetadata(mode, type, components) {
      for (const batch of chunk(components, METADATA_BATCH)) {
        const results = await call((conn) => {
          const metadata = conn.metadata;
          const saved = mode === "create" ? metadata.create(type as never, batch as never) : mode === "update" ? metadata.update(type as never, batch as never) : metadata.upsert(type as never, batch as never);
          return saved as unknown as Promise<SaveResultLike[]>;
        });
        check(results);
      }
    },
    async deleteMetadata(type, fullNames) {
      for (const batch of chunk(fullNames, METADATA_BATCH)) {
        const results = await call((conn) => conn.metadata.delete(type as never, batch) as unknown as Promise<SaveResultLike[]>);
        check(results, ["INVALID_CROSS_REFERENCE_KEY"]);
      }
    },
    async query<T>(soql: string) {
      const result = await call((conn) => conn.query(soql) as unknown as Promise<{ records: T[] }>);
      return result.records;
    },
    async toolingQuery<T>(soql: string) {
      const result = await call((conn) => conn.tooling.query(soql) as unknown as Promise<{ records: T[] }>);
      return result.records;
    },
    async describeFields(object) {
      try {
        const described = await call((conn) => conn.sobject(object).describe() as unknown as Promise<{ fields: Array<{ name: string }> }>);
        return described.fields.map((f) => f.name);
      } catch (error) {
        if (error instanceof BowtieProviderError && (error.code === "NOT_FOUND" || error.code === "INVALID_TYPE")) return undefined;
        throw error;
      }
    },
    async updateRecords(object, records) {
      for (const batch of chunk(records, RECORD_BATCH)) {
        const results = await call((conn) => conn.sobject(object).update(batch as never, { allOrNone: true }) as unknown as Promise<Array<{ success: boolean; id?: string; errors: Array<{ statusCode?: string; errorCode?: string; message: string; fields?: string[] }> }>>);
        const failed = results.find((r) => !r.success);
        if (failed) {
          const error = failed.errors[0];
          throw providerError(error?.statusCode ?? error?.errorCode ?? "UNKNOWN", `record ${failed.id ?? "?"}: ${error?.message ?? "update failed"}`, { ...where, field: error?.fields?.[0] });
        }
      }
    },
  };
}
