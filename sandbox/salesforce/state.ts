/** The org a Salesforce sandbox serves: plain JSON, kept by the kit's JSON-file store (sandbox/common/store.ts). */
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
  /** `Organization.IsSandbox`; absent: a sandbox org. A production org deploys active flows inactive unless FlowSettings allows it. */
  isSandbox?: boolean;
}
