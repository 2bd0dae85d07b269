/** The portal a HubSpot sandbox serves: plain JSON, kept by the kit's JSON-file store (sandbox/common/store.ts). */

export type CrmObjectType = "contacts" | "companies" | "deals" | "tickets";
export const crmObjectTypes: readonly CrmObjectType[] = ["contacts", "companies", "deals", "tickets"];
export type PipelineObjectType = "deals" | "tickets";

export interface SandboxOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
  description: string;
}

export interface SandboxModificationMetadata {
  archivable: boolean;
  readOnlyDefinition: boolean;
  readOnlyOptions: boolean;
  readOnlyValue: boolean;
}

export interface SandboxProperty {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  description: string;
  groupName: string;
  options: SandboxOption[];
  displayOrder: number;
  calculated: boolean;
  externalOptions: boolean;
  hasUniqueValue: boolean;
  hidden: boolean;
  hubspotDefined?: boolean;
  formField: boolean;
  modificationMetadata: SandboxModificationMetadata;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

export interface SandboxPropertyGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

export interface SandboxStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  writePermissions: "CRM_PERMISSIONS_ENFORCEMENT";
}

export interface SandboxPipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: SandboxStage[];
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface SandboxAuditEntry {
  identifier: string;
  action: string;
  timestamp: string;
  message: string;
  portalId: number;
  rawObject: unknown;
}

export interface SandboxRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  /**
   * What search sees while writes are not indexed yet (only with a search lag): `base` is the last
   * indexed version (null: not in the index at all), `pending` the writes in order, each visible from
   * `visibleAt` (epoch ms). Absent: search sees the record as it is.
   */
  index?: { base: Record<string, string | null> | null; pending: Array<{ visibleAt: number; properties: Record<string, string | null> }> };
}

/** A v4 flow as HubSpot returns it (`ApiFlow`): the submitted fields plus the server's. */
export type SandboxFlow = Record<string, unknown> & {
  id: string;
  revisionId: string;
  name?: string;
  type: string;
  objectTypeId: string;
  flowType: string;
  dataSources: unknown[];
  createdAt: string;
  updatedAt: string;
  crmObjectCreationStatus: string;
};

export interface PortalState {
  portalId: number;
  /** `modificationMetadata.readOnlyOptions` on lifecyclestage: the portal refuses option edits. */
  lifecycleStageEditsLocked: boolean;
  /** How long a record write takes to become visible to search (HubSpot's index is eventually consistent); 0: at once. */
  searchLagMs: number;
  properties: Record<CrmObjectType, SandboxProperty[]>;
  groups: Record<CrmObjectType, SandboxPropertyGroup[]>;
  pipelines: Record<PipelineObjectType, SandboxPipeline[]>;
  audits: Record<string, SandboxAuditEntry[]>;
  flows: SandboxFlow[];
  records: Record<CrmObjectType, SandboxRecord[]>;
  nextId: number;
}

/** Hands out HubSpot-looking numeric ids, unique within a portal. */
export function nextId(state: PortalState): string {
  state.nextId += 1;
  return String(state.nextId);
}
