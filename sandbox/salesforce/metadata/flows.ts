/**
 * Flows are versioned: `org.flows` holds every version of a flow, and FlowDefinition says which
 * one is active. Both are entries of the registry like every other type.
 */
import type { FlowVersion, OrgState } from "../state";
import type { MetadataRecord } from "./coerce";
import { checkFlowReferences } from "./references";
import { saveError, type MetadataType, type SaveError } from "./type";

const STATUSES = ["Active", "Draft", "Obsolete", "InvalidDraft"] as const;
type Status = FlowVersion["status"];

/**
 * Flow deploys: every save appends a version. Saving with `status` Active activates the new version
 * and makes the previously active one Obsolete; any other status leaves the active version alone.
 */
function saveFlow(org: OrgState, record: MetadataRecord): { error?: SaveError; created: boolean } {
  const requested = (record.status ?? "Draft") as Status;
  // Production orgs deploy flows inactive unless "Deploy processes and flows as active" is on.
  const status: Status = requested === "Active" && !canDeployActive(org) ? "Draft" : requested;
  if (!STATUSES.includes(status)) return { created: false, error: { statusCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", message: `Invalid flow status: ${status}`, fields: ["status"] } };
  if (!record.label) return { created: false, error: { statusCode: "REQUIRED_FIELD_MISSING", message: "Required field is missing: label", fields: ["label"] } };
  const invalid = requested === "Active" ? checkFlowReferences(org, record) : undefined;
  if (invalid) return { created: false, error: invalid };
  const name = record.fullName.replace(/-\d+$/, "");
  const versions = org.flows[name] ?? [];
  if (status === "Active") for (const version of versions) if (version.status === "Active") version.status = "Obsolete";
  const versionNumber = Math.max(0, ...versions.map((v) => v.versionNumber)) + 1;
  org.flows[name] = [...versions, { versionNumber, status, metadata: { ...record, fullName: name, status } }];
  return { created: versions.length === 0 };
}

/** `Name` reads the latest version (which may be a draft); `Name-3` reads version 3. */
function readFlow(org: OrgState, fullName: string): MetadataRecord | undefined {
  const [name, number] = splitVersion(fullName);
  const versions = org.flows[name] ?? [];
  const version = number === undefined ? versions[versions.length - 1] : versions.find((v) => v.versionNumber === number);
  return version ? { ...version.metadata, fullName: number === undefined ? name : fullName, status: version.status } : undefined;
}

/** Deletes one version (`Name-3`) or every version (`Name`); refused while the target includes the active version. */
function deleteFlow(org: OrgState, fullName: string): SaveError | undefined {
  const [name, number] = splitVersion(fullName);
  const versions = org.flows[name];
  const targets = (versions ?? []).filter((v) => number === undefined || v.versionNumber === number);
  if (!versions || targets.length === 0) return { statusCode: "INVALID_CROSS_REFERENCE_KEY", message: `In field: fullName - no Flow named ${fullName} found`, fields: ["fullName"] };
  if (targets.some((v) => v.status === "Active")) {
    return { statusCode: "DELETE_FAILED", message: `Cannot delete active flow version ${fullName}. Deactivate it first (FlowDefinition activeVersionNumber 0).`, fields: ["fullName"] };
  }
  const remaining = versions.filter((v) => !targets.includes(v));
  if (remaining.length === 0) delete org.flows[name];
  else org.flows[name] = remaining;
  return undefined;
}

/** FlowDefinition: which version is active (0 = none). */
function readFlowDefinition(org: OrgState, fullName: string): MetadataRecord | undefined {
  const versions = org.flows[fullName];
  if (!versions) return undefined;
  const active = versions.find((v) => v.status === "Active");
  return { fullName, activeVersionNumber: active?.versionNumber ?? 0 };
}

function saveFlowDefinition(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const versions = org.flows[record.fullName];
  if (!versions) return { statusCode: "INVALID_CROSS_REFERENCE_KEY", message: `In field: fullName - no FlowDefinition named ${record.fullName} found`, fields: ["fullName"] };
  const target = Number(record.activeVersionNumber ?? 0);
  if (target !== 0 && !versions.some((v) => v.versionNumber === target)) {
    return { statusCode: "FIELD_INTEGRITY_EXCEPTION", message: `Flow ${record.fullName} has no version ${target}`, fields: ["activeVersionNumber"] };
  }
  for (const version of versions) {
    if (version.versionNumber === target) version.status = "Active";
    else if (version.status === "Active") version.status = "Obsolete";
  }
  return undefined;
}

const FLOW_SETTINGS = "Flow";
const flowSettings = (org: OrgState): MetadataRecord => org.metadata.FlowSettings?.[FLOW_SETTINGS] ?? { fullName: FLOW_SETTINGS, enableFlowDeployAsActiveEnabled: false };

/** A sandbox org always deploys flows as saved; a production org only with FlowSettings.enableFlowDeployAsActiveEnabled. */
const canDeployActive = (org: OrgState) => org.isSandbox !== false || flowSettings(org).enableFlowDeployAsActiveEnabled === true;

function splitVersion(fullName: string): [string, number | undefined] {
  const match = /^(.*)-(\d+)$/.exec(fullName);
  return match ? [match[1]!, Number(match[2])] : [fullName, undefined];
}

/** Flow: `Name` is the latest version, `Name-3` version 3; create, update and upsert all append a version; no rename. */
export const flowType: MetadataType = {
  directoryName: "flows", suffix: "flow", idPrefix: "301",
  read: readFlow,
  list: (org) => Object.keys(org.flows).map((name) => readFlow(org, name)!),
  save: saveFlow,
  delete: deleteFlow,
};

/** FlowDefinition: exists with its flow, activates a version (0: none); deleted with the flow, never on its own. */
export const flowDefinitionType: MetadataType = {
  directoryName: "flowDefinitions", suffix: "flowDefinition", idPrefix: "300",
  read: readFlowDefinition,
  list: (org) => Object.keys(org.flows).map((name) => readFlowDefinition(org, name)!),
  save: (org, record) => ({ error: saveFlowDefinition(org, record), created: false }),
  delete: () => saveError("INVALID_OPERATION", "Delete the Flow instead of its FlowDefinition", "fullName"),
};

/** FlowSettings (`Flow`): the org's Process Automation Settings; always exists, only updated. */
export const flowSettingsType: MetadataType = {
  directoryName: "settings", suffix: "settings",
  read: (org, fullName) => (fullName === FLOW_SETTINGS ? flowSettings(org) : undefined),
  list: (org) => [flowSettings(org)],
  save: (org, record, mode) => {
    if (record.fullName !== FLOW_SETTINGS || mode === "create") return { created: false, error: saveError("INVALID_OPERATION", "FlowSettings is named Flow and can only be updated", "fullName") };
    (org.metadata.FlowSettings ??= {})[FLOW_SETTINGS] = { ...flowSettings(org), ...record };
    return { created: false };
  },
  delete: () => saveError("INVALID_OPERATION", "Settings cannot be deleted", "fullName"),
};
