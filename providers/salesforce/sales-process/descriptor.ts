import type { SalesforceSalesProcessSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";
import { encodeMetadataName } from "../../../specs/salesforce/metadata-name";

/** Identified by object and process name; stages and the record type update in place. */
export const salesProcessDescriptor: DiffDescriptor<SalesforceSalesProcessSpec> = {
  replaceOn: ["object", "processName"],
  normalize: (spec) => ({
    ...spec,
    description: spec.description || undefined,
    recordType: { apiName: spec.recordType.apiName, label: spec.recordType.label, ...(spec.recordType.description ? { description: spec.recordType.description } : {}) },
  }),
};

/** `Opportunity.Growth%2FExpansion` for the process `Growth/Expansion`: Salesforce's encoded fullName. */
export const processFullName = (spec: Pick<SalesforceSalesProcessSpec, "object" | "processName">) => `${spec.object}.${encodeMetadataName(spec.processName)}`;
export const recordTypeFullName = (spec: Pick<SalesforceSalesProcessSpec, "object" | "recordType">) => `${spec.object}.${spec.recordType.apiName}`;

/** Stages the process names that OpportunityStage does not have active. Pure. */
export function missingStages(stages: readonly string[], activeStages: readonly string[]): string[] {
  const active = new Set(activeStages);
  return stages.filter((stage) => !active.has(stage));
}
