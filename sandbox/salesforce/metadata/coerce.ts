import type { XmlObject, XmlValue } from "../xml";

/** A metadata component as the sandbox stores it: typed JSON, `fullName` always set. */
export interface MetadataRecord {
  fullName: string;
  [field: string]: unknown;
}

/** Elements that repeat in the Metadata WSDL for the types the sandbox serves. */
const LIST_FIELDS = new Set([
  "metadata", "fullNames", "queries", "standardValue", "customValue", "value", "values", "valueSettings",
  "picklistValues", "controllingFieldValues", "filters", "inputAssignments", "recordUpdates", "recordLookups",
  "recordCreates", "decisions", "rules", "conditions", "assignments", "variables", "formulas",
  "processMetadataValues", "actionCalls", "summaryFilterItems",
]);

const BOOLEAN_FIELDS = new Set([
  "default", "isActive", "closed", "won", "converted", "restricted", "sorted", "active", "required",
  "externalId", "unique", "booleanValue", "highPriority", "reviewed", "allowEmail", "cssExposed",
  "getFirstRecordOnly", "storeOutputAutomatically", "assignNullValuesIfNoRecordsFound", "isTemplate",
  "enableFlowDeployAsActiveEnabled",
]);

const NUMBER_FIELDS = new Set(["probability", "locationX", "locationY", "numberValue", "length", "visibleLines", "activeVersionNumber"]);

/** Turns a parsed SOAP element into typed JSON: lists as arrays, booleans and numbers typed. */
export function coerce(value: XmlValue, name = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => coerce(item, name));
  if (typeof value === "string") {
    if (BOOLEAN_FIELDS.has(name)) return value === "true";
    if (NUMBER_FIELDS.has(name)) return Number(value);
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as XmlObject)) {
    if (key.startsWith("@")) continue;
    const typed = coerce(child, key);
    out[key] = LIST_FIELDS.has(key) && !Array.isArray(typed) ? [typed] : typed;
  }
  return out;
}

/** The `xsi:type` attribute of a parsed element, without namespace prefix. */
export function xsiType(value: XmlValue): string | undefined {
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  const type = (value as XmlObject)["@type"];
  return typeof type === "string" ? type.replace(/^.*:/, "") : undefined;
}

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
