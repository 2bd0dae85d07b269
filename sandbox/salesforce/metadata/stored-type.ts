import type { OrgState } from "../state";
import type { MetadataRecord } from "./coerce";
import { saveError, type MetadataType, type SaveError } from "./type";

/** The rules of a type whose components are stored as deployed in `org.metadata[type]` (all but the versioned flows). */
export interface StoredTypeRules extends Pick<MetadataType, "directoryName" | "suffix" | "idPrefix"> {
  /** Always exists: cannot be created, deleted or renamed, only updated (standard value sets). */
  standard?: boolean;
  /** Checks a component about to be stored; `existing` is undefined on create. */
  validate(org: OrgState, record: MetadataRecord, existing: MetadataRecord | undefined): SaveError | undefined;
  /** The stored component after a save (the whole component is replaced, except for retired picklist values). */
  merge(existing: MetadataRecord | undefined, incoming: MetadataRecord): MetadataRecord;
  /** A reason the component cannot be deleted, if any. */
  blockDelete?(org: OrgState, record: MetadataRecord): SaveError | undefined;
  /** After a delete, e.g. so records lose the values of a deleted field. */
  afterDelete?(org: OrgState, record: MetadataRecord): void;
  /** After a rename, e.g. so records keep the values of a renamed field. */
  afterRename?(org: OrgState, oldFullName: string, newFullName: string): void;
}

const notFound = (type: string, fullName: string) => saveError("INVALID_CROSS_REFERENCE_KEY", `In field: fullName - no ${type} named ${fullName} found`, "fullName");
const duplicate = (type: string, fullName: string) => saveError("DUPLICATE_DEVELOPER_NAME", `There is already a ${type} named ${fullName}`, "fullName");

/** A registry entry for a stored type, with the Metadata API's create/update/upsert/delete/rename semantics. */
export function storedType(type: string, rules: StoredTypeRules): MetadataType {
  const { directoryName, suffix, idPrefix } = rules;
  const rename = (org: OrgState, oldFullName: string, newFullName: string): SaveError | undefined => {
    const store = org.metadata[type] ?? {};
    const record = store[oldFullName];
    if (!record) return notFound(type, oldFullName);
    if (store[newFullName]) return duplicate(type, newFullName);
    if (oldFullName.split(".")[0] !== newFullName.split(".")[0]) return saveError("INVALID_OPERATION", "A component cannot move to another object", "fullName");
    const renamed = { ...record, fullName: newFullName };
    const error = rules.validate(org, renamed, undefined);
    if (error) return error;
    delete store[oldFullName];
    store[newFullName] = renamed;
    rules.afterRename?.(org, oldFullName, newFullName);
    return undefined;
  };
  return {
    directoryName,
    suffix,
    idPrefix,
    read: (org, fullName) => org.metadata[type]?.[fullName],
    list: (org) => Object.values(org.metadata[type] ?? {}),
    save(org, record, mode) {
      const store = (org.metadata[type] ??= {});
      const existing = store[record.fullName];
      if (mode === "create" && existing) return { created: false, error: duplicate(type, record.fullName) };
      if (mode === "create" && rules.standard) {
        return { created: false, error: saveError("INVALID_OPERATION", `${type} cannot be created: it always exists. Use updateMetadata.`, "fullName") };
      }
      if (mode === "update" && !existing) return { created: false, error: notFound(type, record.fullName) };
      const error = rules.validate(org, record, existing);
      if (error) return { created: false, error };
      store[record.fullName] = rules.merge(existing, record);
      return { created: !existing };
    },
    delete(org, fullName) {
      if (rules.standard) return saveError("INVALID_OPERATION", `${type} ${fullName} is standard and cannot be deleted`, "fullName");
      const record = org.metadata[type]?.[fullName];
      if (!record) return notFound(type, fullName);
      const blocked = rules.blockDelete?.(org, record);
      if (blocked) return blocked;
      delete org.metadata[type]![fullName];
      rules.afterDelete?.(org, record);
      return undefined;
    },
    ...(rules.standard ? {} : { rename }),
  };
}
