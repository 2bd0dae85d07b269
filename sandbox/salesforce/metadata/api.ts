/**
 * The Metadata API calls the sandbox serves: one entry per operation, each answering the `result`
 * elements of its response or throwing a `MetadataFault` (a SOAP fault).
 */
import type { OrgState } from "../state";
import type { XmlObject, XmlValue } from "../xml";
import { asList, coerce, xsiType, type MetadataRecord } from "./coerce";
import { deleteComponent, renameComponent, saveComponent, type SaveResult } from "./components";
import { describeMetadata, fileNameOf, requireMetadataType, tryGetMetadataType } from "./registry";
import type { SaveMode } from "./type";

/** A fault of the whole call, answered as `sf:<code>`. */
export class MetadataFault extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One operation: `args` is the call element as typed JSON, `raw` as parsed (it keeps `xsi:type`). */
type Operation = (org: OrgState, args: Record<string, unknown>, raw: XmlObject) => unknown[];

const MAX_COMPONENTS = 10;

function requireType(type: unknown): string {
  if (typeof type !== "string" || !tryGetMetadataType(type)) {
    throw new MetadataFault("INVALID_TYPE", `This type of metadata is not available for this organization: ${String(type)}`);
  }
  return type;
}

function limit<T>(items: T[]): T[] {
  if (items.length > MAX_COMPONENTS) {
    throw new MetadataFault("EXCEEDED_ID_LIMIT", `record limit reached. cannot submit more than ${MAX_COMPONENTS} records in this operation`);
  }
  return items;
}

/** SaveResult fields in WSDL order, so jsforce's schema cast finds them. */
function saveResultXml(result: SaveResult): Record<string, unknown> {
  return {
    ...(result.created === undefined ? {} : { created: result.created }),
    errors: result.errors?.map((e) => ({ fields: e.fields, message: e.message, statusCode: e.statusCode })),
    fullName: result.fullName,
    success: result.success,
  };
}

function fileProperties(org: OrgState, type: string, record: MetadataRecord): Record<string, unknown> {
  return {
    createdById: org.userId, createdByName: "Bowtie Sandbox Admin", createdDate: "2024-01-01T00:00:00.000Z",
    fileName: fileNameOf(requireMetadataType(type), record.fullName), fullName: record.fullName, id: stableId(type, record.fullName),
    lastModifiedById: org.userId, lastModifiedByName: "Bowtie Sandbox Admin", lastModifiedDate: "2024-01-01T00:00:00.000Z",
    manageableState: "unmanaged", type,
  };
}

function stableId(type: string, fullName: string): string {
  let hash = 0;
  for (const ch of `${type}:${fullName}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `0Xx5g${String(hash).padStart(10, "0")}AAA`;
}

const names = (args: Record<string, unknown>) => limit(asList(args.fullNames as string | string[]));

/** create/update/upsertMetadata: every item's type is checked before anything is saved. */
const save = (mode: SaveMode): Operation => (org, _args, raw) => {
  const items = limit(asList(raw.metadata as XmlValue | XmlValue[]));
  const typed = items.map((item) => [requireType(xsiType(item)), coerce(item) as MetadataRecord] as const);
  return typed.map(([type, record]) => saveResultXml(saveComponent(org, type, mode, record)));
};

const operations: Record<string, Operation> = {
  readMetadata: (org, args) => {
    const type = requireType(args.type);
    const records = names(args).map((name) => ({ "@xsi:type": type, ...(requireMetadataType(type).read(org, name) ?? {}) }));
    return [{ records }];
  },
  createMetadata: save("create"),
  updateMetadata: save("update"),
  upsertMetadata: save("upsert"),
  deleteMetadata: (org, args) => {
    const type = requireType(args.type);
    return names(args).map((name) => saveResultXml(deleteComponent(org, type, name)));
  },
  renameMetadata: (org, args) => [saveResultXml(renameComponent(org, requireType(args.type), String(args.oldFullName), String(args.newFullName)))],
  listMetadata: (org, args) => {
    const queries = asList(args.queries as Array<{ type?: string }>);
    if (queries.length > 3) throw new MetadataFault("EXCEEDED_ID_LIMIT", "listMetadata takes at most 3 queries");
    return queries.flatMap((query) => {
      const type = requireType(query.type);
      return requireMetadataType(type).list(org).map((record) => fileProperties(org, type, record));
    });
  },
  describeMetadata: () => [describeMetadata()],
};

/** Runs one Metadata API operation against the org: its `result` elements. */
export function invokeOperation(org: OrgState, operation: string, raw: XmlObject): unknown[] {
  if (!Object.hasOwn(operations, operation)) throw new MetadataFault("INVALID_OPERATION", `Unsupported Metadata API operation: ${operation}`);
  return operations[operation]!(org, coerce(raw) as Record<string, unknown>, raw);
}
