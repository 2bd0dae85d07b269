import type { SalesforceSalesProcessSpec } from "../../resources";
import { developerNameFromKey, salesforceValue } from "../../names";
import { type Architecture, isDealPipeline } from "../../schema";

/** Salesforce process API name of a pipeline (also its record type's developer name). */
export function processName(key: string, pipeline: { names: { salesforce?: string } }): string {
  return pipeline.names.salesforce ?? developerNameFromKey(key);
}

/** One BusinessProcess + RecordType per deal pipeline. */
export function salesProcesses(arch: Architecture): SalesforceSalesProcessSpec[] {
  return Object.entries(arch.pipelines)
    .filter(([, p]) => isDealPipeline(p))
    .map(([key, pipeline]) => {
      const name = processName(key, pipeline);
      const description = pipeline.description ?? `${pipeline.label} pipeline.`;
      return {
        kind: "salesforce:sales-process",
        name: `sf-process-${key.replace(/_/g, "-")}`,
        object: "Opportunity",
        processName: name,
        label: pipeline.label,
        description,
        stages: pipeline.stages.map((s) => salesforceValue(s)),
        recordType: { apiName: name, label: pipeline.label, description },
      };
    });
}
