import type { OrgState } from "../state";
import type { MetadataRecord } from "./coerce";
import { deleteFlow, readFlow, readFlowDefinition, saveFlow, saveFlowDefinition } from "./flows";
import { typeRules, type SaveError } from "./rules";

/** SaveResult / UpsertResult / DeleteResult as the Metadata WSDL names their fields. */
export interface SaveResult {
  fullName: string;
  success: boolean;
  created?: boolean;
  errors?: SaveError[];
}

export const METADATA_TYPES = [...Object.keys(typeRules), "Flow", "FlowDefinition"];

export const isKnownType = (type: string): boolean => METADATA_TYPES.includes(type);

type SaveMode = "create" | "update" | "upsert";

const failure = (fullName: string, error: SaveError, created?: boolean): SaveResult => ({
  fullName, success: false, ...(created === undefined ? {} : { created }), errors: [error],
});

/** Saves one component with the semantics of createMetadata / updateMetadata / upsertMetadata. */
export function saveComponent(org: OrgState, type: string, mode: SaveMode, record: MetadataRecord): SaveResult {
  const createdFlag = mode === "upsert" ? false : undefined;
  if (!record.fullName) return failure("", { statusCode: "REQUIRED_FIELD_MISSING", message: "Required field is missing: fullName", fields: ["fullName"] }, createdFlag);
  if (type === "Flow") {
    const { error, created } = saveFlow(org, record);
    if (error) return failure(record.fullName, error, createdFlag);
    return { fullName: record.fullName, success: true, ...(mode === "upsert" ? { created } : {}) };
  }
  if (type === "FlowDefinition") {
    const error = saveFlowDefinition(org, record);
    return error ? failure(record.fullName, error, createdFlag) : { fullName: record.fullName, success: true, ...(mode === "upsert" ? { created: false } : {}) };
  }
  const rules = typeRules[type]!;
  const store = (org.metadata[type] ??= {});
  const existing = store[record.fullName];
  if (mode === "create" && existing) {
    return failure(record.fullName, { statusCode: "DUPLICATE_DEVELOPER_NAME", message: `There is already a ${type} named ${record.fullName}`, fields: ["fullName"] });
  }
  if (mode === "create" && rules.standard) {
    return failure(record.fullName, { statusCode: "INVALID_OPERATION", message: `${type} cannot be created: it always exists. Use updateMetadata.`, fields: ["fullName"] });
  }
  if (mode === "update" && !existing) {
    return failure(record.fullName, { statusCode: "INVALID_CROSS_REFERENCE_KEY", message: `In field: fullName - no ${type} named ${record.fullName} found`, fields: ["fullName"] });
  }
  const error = rules.validate(org, record, existing);
  if (error) return failure(record.fullName, error, createdFlag);
  store[record.fullName] = rules.merge(existing, record);
  return { fullName: record.fullName, success: true, ...(mode === "upsert" ? { created: !existing } : {}) };
}

/** readMetadata: the component, or undefined (the response then carries an empty record). */
export function readComponent(org: OrgState, type: string, fullName: string): MetadataRecord | undefined {
  if (type === "Flow") return readFlow(org, fullName);
  if (type === "FlowDefinition") return readFlowDefinition(org, fullName);
  return org.metadata[type]?.[fullName];
}

export function deleteComponent(org: OrgState, type: string, fullName: string): SaveResult {
  const fail = (error: SaveError) => failure(fullName, error);
  if (type === "Flow") {
    const error = deleteFlow(org, fullName);
    return error ? fail(error) : { fullName, success: true };
  }
  if (type === "FlowDefinition") return fail({ statusCode: "INVALID_OPERATION", message: "Delete the Flow instead of its FlowDefinition", fields: ["fullName"] });
  const rules = typeRules[type]!;
  const record = org.metadata[type]?.[fullName];
  if (rules.standard) return fail({ statusCode: "INVALID_OPERATION", message: `${type} ${fullName} is standard and cannot be deleted`, fields: ["fullName"] });
  if (!record) return fail({ statusCode: "INVALID_CROSS_REFERENCE_KEY", message: `In field: fullName - no ${type} named ${fullName} found`, fields: ["fullName"] });
  const blocked = rules.blockDelete?.(org, record);
  if (blocked) return fail(blocked);
  delete org.metadata[type]![fullName];
  rules.afterDelete?.(org, record);
  return { fullName, success: true };
}

/** renameMetadata: changes the fullName; only the parent object part must stay the same. */
export function renameComponent(org: OrgState, type: string, oldFullName: string, newFullName: string): SaveResult {
  const fail = (statusCode: string, message: string) => failure(oldFullName, { statusCode, message, fields: ["fullName"] });
  if (type === "Flow" || type === "FlowDefinition" || typeRules[type]?.standard) return fail("INVALID_OPERATION", `${type} cannot be renamed`);
  const store = org.metadata[type] ?? {};
  const record = store[oldFullName];
  if (!record) return fail("INVALID_CROSS_REFERENCE_KEY", `In field: fullName - no ${type} named ${oldFullName} found`);
  if (store[newFullName]) return fail("DUPLICATE_DEVELOPER_NAME", `There is already a ${type} named ${newFullName}`);
  if (oldFullName.split(".")[0] !== newFullName.split(".")[0]) return fail("INVALID_OPERATION", "A component cannot move to another object");
  const renamed = { ...record, fullName: newFullName };
  const error = typeRules[type]!.validate(org, renamed, undefined);
  if (error) return failure(oldFullName, error);
  delete store[oldFullName];
  store[newFullName] = renamed;
  if (type === "CustomField") {
    const [object, oldField] = oldFullName.split(".") as [string, string];
    const newField = newFullName.split(".")[1]!;
    for (const row of org.records[object] ?? []) {
      if (oldField in row) {
        row[newField] = row[oldField]!;
        delete row[oldField];
      }
    }
  }
  return { fullName: newFullName, success: true };
}

/** Every stored component of `type`, for listMetadata. */
export function listComponents(org: OrgState, type: string): MetadataRecord[] {
  if (type === "Flow") return Object.keys(org.flows).map((name) => readFlow(org, name)!);
  if (type === "FlowDefinition") return Object.keys(org.flows).map((name) => readFlowDefinition(org, name)!);
  return Object.values(org.metadata[type] ?? {});
}
