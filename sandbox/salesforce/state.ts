import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import type { MetadataRecord } from "./metadata/coerce";

/** One version of a Flow: every deploy appends one; at most one is `Active`. */
export interface FlowVersion {
  versionNumber: number;
  status: "Active" | "Draft" | "Obsolete" | "InvalidDraft";
  metadata: MetadataRecord;
}

export type FieldValue = string | number | boolean | null;
export interface SObjectRecord {
  Id: string;
  [field: string]: FieldValue;
}

/** The whole emulated org. Plain JSON so it can be persisted and shared between processes. */
export interface OrgState {
  orgId: string;
  userId: string;
  users: Array<{ username: string; password: string }>;
  connectedApps: Array<{ clientId: string; clientSecret: string; publicKey: string; runAs: string }>;
  sessions: Record<string, { username: string; expiresAt: number }>;
  /** Metadata components by type, then by fullName (Flows live in `flows`). */
  metadata: Record<string, Record<string, MetadataRecord>>;
  flows: Record<string, FlowVersion[]>;
  records: Record<string, SObjectRecord[]>;
  limits: { dailyApiRequests: number; used: number };
  nextId: number;
}

/**
 * Holds the org, persisted to `file` when given. Every request first calls `current()`, which
 * reloads the file if another process changed it (mtime), and mutations end with `save()`.
 */
export class OrgStore {
  private state: OrgState;
  private loadedMtimeMs = -1;

  constructor(private readonly file: string | undefined, initial: () => OrgState) {
    if (file && existsSync(file)) {
      this.state = this.readFile(file);
    } else {
      this.state = initial();
      this.save();
    }
  }

  current(): OrgState {
    if (this.file && existsSync(this.file)) {
      const mtime = statSync(this.file).mtimeMs;
      if (mtime !== this.loadedMtimeMs) this.state = this.readFile(this.file);
    }
    return this.state;
  }

  replace(state: OrgState): void {
    this.state = state;
    this.save();
  }

  save(): void {
    if (!this.file) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
    this.loadedMtimeMs = statSync(this.file).mtimeMs;
  }

  private readFile(file: string): OrgState {
    this.loadedMtimeMs = statSync(file).mtimeMs;
    return JSON.parse(readFileSync(file, "utf8")) as OrgState;
  }
}

const ID_PREFIXES: Record<string, string> = {
  Lead: "00Q", Contact: "003", Account: "001", Opportunity: "006",
  ValidationRule: "03d", Flow: "301", FlowDefinition: "300", CustomField: "00N", RecordType: "012", BusinessProcess: "019",
};

/** A new 18-character Salesforce-style id with the object's key prefix. */
export function newId(state: OrgState, type: string): string {
  state.nextId += 1;
  const prefix = ID_PREFIXES[type] ?? "0XX";
  return `${prefix}5g0000${String(state.nextId).padStart(6, "0")}AAA`;
}
