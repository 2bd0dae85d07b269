import type { SalesforceSalesProcessSpec } from "../../../specs";
import { developerNameOf } from "../../../specs/salesforce/metadata-name";
import { developerNameFromKey, salesforceValue } from "../../names";
import { type Architecture, isDealPipeline, type Pipeline } from "../../schema";

/** Salesforce process API name of a pipeline. */
export function processName(key: string, pipeline: Pick<Pipeline, "names">): string {
  return pipeline.names.salesforce ?? developerNameFromKey(key);
}

/**
 * Developer name of the RecordType that selects a pipeline's process: the override, else the
 * process name made a developer name (`Benefits BoR Sales Process` → `Benefits_BoR_Sales_Process`).
 */
export function recordTypeName(key: string, pipeline: Pick<Pipeline, "names" | "salesforceProcess">): string {
  return pipeline.salesforceProcess?.recordType ?? developerNameOf(processName(key, pipeline));
}

/** True when the pipeline has a BusinessProcess and RecordType (not only OpportunityStage values). */
export function hasSalesProcess(pipeline: Pick<Pipeline, "kind" | "salesforceProcess">): boolean {
  return isDealPipeline(pipeline) && pipeline.salesforceProcess?.enabled !== false;
}

const described = (description: string) => (description === "" ? {} : { description });

/** One BusinessProcess + RecordType per deal pipeline that has a process. */
export function salesProcesses(arch: Architecture): SalesforceSalesProcessSpec[] {
  return Object.entries(arch.pipelines)
    .filter(([, p]) => hasSalesProcess(p))
    .map(([key, pipeline]) => {
      const name = processName(key, pipeline);
      const description = pipeline.salesforceProcess?.description ?? pipeline.description ?? `${pipeline.label} pipeline.`;
      const recordTypeDescription = pipeline.salesforceProcess?.recordTypeDescription ?? description;
      return {
        kind: "salesforce:sales-process",
        name: `sf-process-${key.replace(/_/g, "-")}`,
        object: "Opportunity",
        processName: name,
        label: pipeline.label,
        ...described(description),
        stages: pipeline.stages.map((s) => salesforceValue(s)),
        recordType: { apiName: recordTypeName(key, pipeline), label: pipeline.label, ...described(recordTypeDescription) },
      };
    });
}
