/**
 * The Metadata API's CRUD calls on one component, shaped as the WSDL's SaveResult / UpsertResult /
 * DeleteResult. What a call means for a type is the type's own entry in the registry.
 */
import type { OrgState } from "../state";
import type { MetadataRecord } from "./coerce";
import { requireMetadataType } from "./registry";
import { saveError, type SaveError, type SaveMode } from "./type";

export interface SaveResult {
  fullName: string;
  success: boolean;
  /** Only in an UpsertResult. */
  created?: boolean;
  errors?: SaveError[];
}

const failure = (fullName: string, error: SaveError, created?: boolean): SaveResult => ({
  fullName, success: false, ...(created === undefined ? {} : { created }), errors: [error],
});

/** Saves one component with the semantics of createMetadata / updateMetadata / upsertMetadata. */
export function saveComponent(org: OrgState, type: string, mode: SaveMode, record: MetadataRecord): SaveResult {
  const createdFlag = mode === "upsert" ? false : undefined;
  if (!record.fullName) return failure("", saveError("REQUIRED_FIELD_MISSING", "Required field is missing: fullName", "fullName"), createdFlag);
  const { error, created } = requireMetadataType(type).save(org, record, mode);
  if (error) return failure(record.fullName, error, createdFlag);
  return { fullName: record.fullName, success: true, ...(mode === "upsert" ? { created } : {}) };
}

export function deleteComponent(org: OrgState, type: string, fullName: string): SaveResult {
  const error = requireMetadataType(type).delete(org, fullName);
  return error ? failure(fullName, error) : { fullName, success: true };
}

/** renameMetadata: changes the fullName; only the parent object part must stay the same. */
export function renameComponent(org: OrgState, type: string, oldFullName: string, newFullName: string): SaveResult {
  const rename = requireMetadataType(type).rename;
  if (!rename) return failure(oldFullName, saveError("INVALID_OPERATION", `${type} cannot be renamed`, "fullName"));
  const error = rename(org, oldFullName, newFullName);
  return error ? failure(oldFullName, error) : { fullName: newFullName, success: true };
}
