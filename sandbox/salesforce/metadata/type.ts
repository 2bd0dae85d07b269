import type { OrgState } from "../state";
import type { MetadataRecord } from "./coerce";

/** An entry of `SaveResult.errors`. */
export interface SaveError {
  statusCode: string;
  message: string;
  fields: string[];
}

export const saveError = (statusCode: string, message: string, ...fields: string[]): SaveError => ({ statusCode, message, fields });

export type SaveMode = "create" | "update" | "upsert";

/**
 * How one metadata type behaves in the Metadata API. Every type the sandbox serves is one entry of
 * the registry (registry.ts): the operations, describeMetadata, listMetadata file names and Tooling
 * ids all derive from it, so shared code never branches on a type and a new type is one entry.
 */
export interface MetadataType {
  /** Where the type lives in a retrieve; children of an object (`Object.Name`) live in `objects`. */
  directoryName: string;
  suffix: string;
  /** Key prefix of its ids (the first three characters), where the Tooling API exposes them. */
  idPrefix?: string;
  /** readMetadata: the component, or undefined (the response then carries an empty record). */
  read(org: OrgState, fullName: string): MetadataRecord | undefined;
  /** listMetadata: every component of the type. */
  list(org: OrgState): MetadataRecord[];
  /** create/update/upsertMetadata of a component with a fullName; `created` says whether it is new. */
  save(org: OrgState, record: MetadataRecord, mode: SaveMode): { error?: SaveError; created: boolean };
  /** deleteMetadata; answers why not when it cannot be deleted. */
  delete(org: OrgState, fullName: string): SaveError | undefined;
  /** renameMetadata; absent when the type cannot be renamed. */
  rename?(org: OrgState, oldFullName: string, newFullName: string): SaveError | undefined;
}
