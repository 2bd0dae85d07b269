import type { SalesforceSalesProcessSpec } from "../../../specs";
import { BowtieProviderError } from "../../core/errors";
import type { SalesforcePort } from "../port";
import { fromMetadataValues } from "../picklist/values";
import { missingStages, processFullName, recordTypeFullName } from "./descriptor";

type RecordValue = { fullName?: string };
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : value ? [value] : []) as T[];

/**
 * The process and its record type as they are in the org, in the spec's shape; undefined when the
 * process is missing or inactive. `label` is not stored by Salesforce on a BusinessProcess.
 */
export async function readProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<SalesforceSalesProcessSpec | undefined> {
  const [process] = await port.readMetadata("BusinessProcess", [processFullName(spec)]);
  if (!process || process.isActive === false) return undefined;
  const [recordType] = await port.readMetadata("RecordType", [recordTypeFullName(spec)]);
  return {
    ...spec,
    description: (process.description as string | null) || undefined,
    stages: list<RecordValue>(process.values).map((value) => String(value.fullName)),
    recordType: recordType && recordType.active !== false
      ? { apiName: spec.recordType.apiName, label: String(recordType.label ?? ""), ...(recordType.description ? { description: String(recordType.description) } : {}) }
      : { apiName: "", label: "" },
  };
}

/** Refuses, before any change, stages that OpportunityStage does not have (Salesforce would reject them). */
export async function requireStages(port: SalesforcePort, spec: SalesforceSalesProcessSpec, resource: string): Promise<void> {
  const [stageSet] = await port.readMetadata("StandardValueSet", ["OpportunityStage"]);
  const missing = missingStages(spec.stages, fromMetadataValues(stageSet?.standardValue).map((v) => v.apiName));
  if (missing.length > 0) {
    throw new BowtieProviderError({
      resource, field: "stages", code: "INVALID_CROSS_REFERENCE_KEY",
      message: `stages ${missing.map((s) => `"${s}"`).join(", ")} are not active values of OpportunityStage.`,
      fix: "Add them to the OpportunityStage value set in the architecture (the value set is applied before the processes).",
    });
  }
}

/** Upserts the BusinessProcess, then the RecordType that selects it. */
export async function upsertProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<void> {
  await port.saveMetadata("upsert", "BusinessProcess", [
    {
      fullName: processFullName(spec),
      ...(spec.description ? { description: spec.description } : {}),
      isActive: true,
      values: spec.stages.map((stage, index) => ({ fullName: stage, default: index === 0 })),
    },
  ]);
  await setRecordType(port, spec, true);
}

/** Activates or deactivates the record type (record types are never deleted: records point at them). */
export async function setRecordType(port: SalesforcePort, spec: SalesforceSalesProcessSpec, active: boolean): Promise<void> {
  await port.saveMetadata("upsert", "RecordType", [
    {
      fullName: recordTypeFullName(spec),
      label: spec.recordType.label,
      ...(spec.recordType.description ? { description: spec.recordType.description } : {}),
      active,
      businessProcess: spec.processName,
    },
  ]);
}

/** Deactivates the process and its record type; records keep them. */
export async function deactivateProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<void> {
  const [process] = await port.readMetadata("BusinessProcess", [processFullName(spec)]);
  if (!process) return;
  await setRecordType(port, spec, false);
  await port.saveMetadata("update", "BusinessProcess", [{ ...process, isActive: false }]);
}
