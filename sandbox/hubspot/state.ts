/**
 * The portal a HubSpot sandbox serves: plain JSON, so it can be persisted to a file and shared by
 * several processes (each request reloads it when the file changed and saves it after a write).
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";

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
}

/** A v4 flow as HubSpot returns it; the sandbox keeps the submitted body plus server fields. */
export type SandboxFlow = Record<string, unknown> & { id: string; revisionId: string; name: string; type: string };

export interface PortalState {
  portalId: number;
  /** `modificationMetadata.readOnlyOptions` on lifecyclestage: the portal refuses option edits. */
  lifecycleStageEditsLocked: boolean;
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

/**
 * Holds the portal in memory, or in `stateFile` when given. `load` rereads the file when another
 * process changed it; `save` writes atomically (temp file + rename).
 */
export class PortalStore {
  private state: PortalState;
  private loadedMtimeMs = -1;

  constructor(
    private readonly stateFile: string | undefined,
    initial: () => PortalState,
  ) {
    if (stateFile && existsSync(stateFile)) {
      this.state = JSON.parse(readFileSync(stateFile, "utf8")) as PortalState;
      this.loadedMtimeMs = statSync(stateFile).mtimeMs;
    } else {
      this.state = initial();
      this.save();
    }
  }

  load(): PortalState {
    if (this.stateFile && existsSync(this.stateFile)) {
      const mtimeMs = statSync(this.stateFile).mtimeMs;
      if (mtimeMs !== this.loadedMtimeMs) {
        this.state = JSON.parse(readFileSync(this.stateFile, "utf8")) as PortalState;
        this.loadedMtimeMs = mtimeMs;
      }
    }
    return this.state;
  }

  replace(state: PortalState): void {
    this.state = state;
    this.save();
  }

  save(): void {
    if (!this.stateFile) return;
    const temp = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.stateFile);
    this.loadedMtimeMs = statSync(this.stateFile).mtimeMs;
  }
}
