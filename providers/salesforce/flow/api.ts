import type { SalesforceFlowSpec } from "../../../specs";
import { diffSpec } from "../../core/diff";
import type { SalesforcePort } from "../port";
import { pendingActivation } from "./activation";
import { flowDescriptor } from "./descriptor";
import { fromFlowMetadata, toFlowMetadata } from "./metadata";

/** The latest version of the flow (it may be a draft), in the spec's shape; undefined when absent. */
export async function readFlow(port: SalesforcePort, spec: SalesforceFlowSpec): Promise<SalesforceFlowSpec | undefined> {
  const [record] = await port.readMetadata("Flow", [spec.flowName]);
  return record ? fromFlowMetadata(record, spec) : undefined;
}

/**
 * Deploys a new version; an active spec activates it (the previous active version becomes
 * obsolete) where the org deploys flows active (`deploysActive`). When the latest version already
 * reads as the spec, nothing is deployed (each deploy would add a version).
 */
export async function deployFlow(port: SalesforcePort, spec: SalesforceFlowSpec, deploysActive = true): Promise<void> {
  const live = await readFlow(port, spec);
  if (live && !diffSpec(flowDescriptor, pendingActivation(live, spec, deploysActive), spec).changes) return;
  await port.saveMetadata("upsert", "Flow", [toFlowMetadata(spec)]);
  if (!spec.active) await deactivateFlow(port, spec.flowName);
  await pruneFlowVersions(port, spec.flowName);
}

/** How many inactive versions Bowtie leaves behind: enough to roll back by hand, far from the org's cap of 50. */
export const KEPT_INACTIVE_VERSIONS = 5;

/**
 * Each deploy adds a flow version and Salesforce keeps the old ones until an org hits its cap of
 * 50 per flow; deletes the oldest inactive (obsolete or draft) versions beyond the newest few.
 */
export async function pruneFlowVersions(port: SalesforcePort, flowName: string, keep = KEPT_INACTIVE_VERSIONS): Promise<number> {
  const versions = await port.toolingQuery<{ VersionNumber: number; Status: string }>(
    `SELECT VersionNumber, Status FROM Flow WHERE Definition.DeveloperName = '${flowName.replace(/'/g, "\\'")}'`,
  );
  const inactive = versions.filter((v) => v.Status !== "Active").sort((a, b) => b.VersionNumber - a.VersionNumber);
  const stale = inactive.slice(keep).map((v) => `${flowName}-${v.VersionNumber}`);
  if (stale.length > 0) await port.deleteMetadata("Flow", stale);
  return stale.length;
}

/** No version active (FlowDefinition activeVersionNumber 0). */
export async function deactivateFlow(port: SalesforcePort, flowName: string): Promise<void> {
  const [definition] = await port.readMetadata("FlowDefinition", [flowName]);
  if (definition && Number(definition.activeVersionNumber ?? 0) !== 0) {
    await port.saveMetadata("update", "FlowDefinition", [{ fullName: flowName, activeVersionNumber: 0 }]);
  }
}

/** Deactivates, then deletes the (now inactive) versions. */
export async function deleteFlow(port: SalesforcePort, flowName: string): Promise<void> {
  await deactivateFlow(port, flowName);
  await port.deleteMetadata("Flow", [flowName]);
}
