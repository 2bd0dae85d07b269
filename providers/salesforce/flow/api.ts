import type { SalesforceFlowSpec } from "../../../lifecycle/resources";
import type { SalesforcePort } from "../port";
import { fromFlowMetadata, toFlowMetadata } from "./metadata";

/** The latest version of the flow (it may be a draft), in the spec's shape; undefined when absent. */
export async function readFlow(port: SalesforcePort, spec: SalesforceFlowSpec): Promise<SalesforceFlowSpec | undefined> {
  const [record] = await port.readMetadata("Flow", [spec.flowName]);
  return record ? fromFlowMetadata(record, spec) : undefined;
}

/** Deploys a new version; an active spec activates it (the previous active version becomes obsolete). */
export async function deployFlow(port: SalesforcePort, spec: SalesforceFlowSpec): Promise<void> {
  await port.saveMetadata("upsert", "Flow", [toFlowMetadata(spec)]);
  if (!spec.active) await deactivateFlow(port, spec.flowName);
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
