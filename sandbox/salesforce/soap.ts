import { asList, coerce, xsiType, type MetadataRecord } from "./metadata/coerce";
import {
  deleteComponent, isKnownType, listComponents, readComponent, renameComponent, saveComponent, type SaveResult,
} from "./metadata/operations";
import { typeRules } from "./metadata/rules";
import type { OrgState } from "./state";
import { parseXml, toXml, type XmlObject, type XmlValue } from "./xml";

/** A SOAP response: status and text/xml body. */
export interface SoapReply {
  status: number;
  body: string;
}

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"' +
  ' xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:sf="http://soap.sforce.com/2006/04/metadata"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

/** A SOAP fault (`sf:<code>`) with HTTP 500, as the Metadata API answers. */
export function soapFault(code: string, message: string): SoapReply {
  const fault = toXml("soapenv:Fault", { faultcode: `sf:${code}`, faultstring: `${code}: ${message}` });
  return { status: 500, body: `${ENVELOPE_OPEN}<soapenv:Body>${fault}</soapenv:Body></soapenv:Envelope>` };
}

function reply(method: string, results: unknown[]): SoapReply {
  const body = toXml(`${method}Response`, { result: results });
  return { status: 200, body: `${ENVELOPE_OPEN}<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>` };
}

class Fault extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const MAX_COMPONENTS = 10;

function requireType(type: unknown): string {
  if (typeof type !== "string" || !isKnownType(type)) {
    throw new Fault("INVALID_TYPE", `This type of metadata is not available for this organization: ${String(type)}`);
  }
  return type;
}

function limit<T>(items: T[]): T[] {
  if (items.length > MAX_COMPONENTS) {
    throw new Fault("EXCEEDED_ID_LIMIT", `record limit reached. cannot submit more than ${MAX_COMPONENTS} records in this operation`);
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
  const rules = typeRules[type];
  const parent = record.fullName.split(".")[0];
  const fileName = rules?.directoryName === "objects" ? `objects/${parent}.object` : `${rules?.directoryName ?? `${type.charAt(0).toLowerCase()}${type.slice(1)}s`}/${record.fullName}.${rules?.suffix ?? type.toLowerCase()}`;
  return {
    createdById: org.userId, createdByName: "Bowtie Sandbox Admin", createdDate: "2024-01-01T00:00:00.000Z",
    fileName, fullName: record.fullName, id: stableId(type, record.fullName),
    lastModifiedById: org.userId, lastModifiedByName: "Bowtie Sandbox Admin", lastModifiedDate: "2024-01-01T00:00:00.000Z",
    manageableState: "unmanaged", type,
  };
}

function stableId(type: string, fullName: string): string {
  let hash = 0;
  for (const ch of `${type}:${fullName}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `0Xx5g${String(hash).padStart(10, "0")}AAA`;
}

function describe(): Record<string, unknown> {
  const objects = [
    { childXmlNames: ["BusinessProcess", "CustomField", "RecordType", "ValidationRule"], directoryName: "objects", inFolder: false, metaFile: false, suffix: "object", xmlName: "CustomObject" },
    { directoryName: "standardValueSets", inFolder: false, metaFile: false, suffix: "standardValueSet", xmlName: "StandardValueSet" },
    { directoryName: "globalValueSets", inFolder: false, metaFile: false, suffix: "globalValueSet", xmlName: "GlobalValueSet" },
    { directoryName: "flows", inFolder: false, metaFile: false, suffix: "flow", xmlName: "Flow" },
    { directoryName: "flowDefinitions", inFolder: false, metaFile: false, suffix: "flowDefinition", xmlName: "FlowDefinition" },
  ];
  return { metadataObjects: objects, organizationNamespace: "", partialSaveAllowed: true, testRequired: false };
}

/** Runs one Metadata API method against the org; returns the results (or throws a Fault). */
function invoke(org: OrgState, method: string, raw: XmlObject): { results: unknown[]; mutated: boolean } {
  const args = coerce(raw) as Record<string, unknown>;
  switch (method) {
    case "readMetadata": {
      const type = requireType(args.type);
      const names = limit(asList(args.fullNames as string | string[]));
      const records = names.map((name) => {
        const record = readComponent(org, type, name);
        return { "@xsi:type": type, ...(record ?? {}) };
      });
      return { results: [{ records }], mutated: false };
    }
    case "createMetadata":
    case "updateMetadata":
    case "upsertMetadata": {
      const items = limit(asList(raw.metadata as XmlValue | XmlValue[]));
      const mode = method === "createMetadata" ? "create" : method === "updateMetadata" ? "update" : "upsert";
      const typed = items.map((item) => [requireType(xsiType(item)), coerce(item) as MetadataRecord] as const);
      const results = typed.map(([type, record]) => saveResultXml(saveComponent(org, type, mode, record)));
      return { results, mutated: true };
    }
    case "deleteMetadata": {
      const type = requireType(args.type);
      const names = limit(asList(args.fullNames as string | string[]));
      return { results: names.map((name) => saveResultXml(deleteComponent(org, type, name))), mutated: true };
    }
    case "renameMetadata": {
      const type = requireType(args.type);
      return { results: [saveResultXml(renameComponent(org, type, String(args.oldFullName), String(args.newFullName)))], mutated: true };
    }
    case "listMetadata": {
      const queries = asList(args.queries as Array<{ type?: string }>);
      if (queries.length > 3) throw new Fault("EXCEEDED_ID_LIMIT", "listMetadata takes at most 3 queries");
      const results = queries.flatMap((query) => {
        const type = requireType(query.type);
        return listComponents(org, type).map((record) => fileProperties(org, type, record));
      });
      return { results, mutated: false };
    }
    case "describeMetadata":
      return { results: [describe()], mutated: false };
    default:
      throw new Fault("INVALID_OPERATION", `Unsupported Metadata API operation: ${method}`);
  }
}

/** The session id carried in the SOAP header, if any. */
export function sessionIdOf(envelope: XmlObject): string | undefined {
  const header = (envelope.Envelope as XmlObject | undefined)?.Header as XmlObject | undefined;
  const session = header?.SessionHeader as XmlObject | undefined;
  return typeof session?.sessionId === "string" ? session.sessionId : undefined;
}

/** Handles one Metadata API call whose session has been checked; `save` persists a mutation. */
export function handleMetadataCall(org: OrgState, envelope: XmlObject, save: () => void): SoapReply {
  const body = (envelope.Envelope as XmlObject | undefined)?.Body as XmlObject | undefined;
  const method = body && Object.keys(body).find((key) => !key.startsWith("@"));
  if (!body || !method) return soapFault("INVALID_OPERATION", "No operation found in the SOAP body");
  try {
    const raw = body[method];
    const { results, mutated } = invoke(org, method, typeof raw === "object" && !Array.isArray(raw) ? raw : {});
    if (mutated) save();
    return reply(method, results);
  } catch (error) {
    if (error instanceof Fault) return soapFault(error.code, error.message);
    throw error;
  }
}

export { parseXml };
