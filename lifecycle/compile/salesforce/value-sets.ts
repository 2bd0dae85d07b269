import type { SalesforcePicklistValueSpec, SalesforceValueSetSpec } from "../../../specs";
import { salesforceValue, valueDescription } from "../../names";
import { type Architecture, isDealPipeline, type PipelineStage } from "../../schema";
import { replacementsFor } from "../architecture-lookups";

function forecastCategory(stage: PipelineStage): NonNullable<SalesforcePicklistValueSpec["forecastCategory"]> {
  if (stage.forecastCategory !== undefined) return stage.forecastCategory;
  if (stage.outcome === "won") return "Closed";
  return stage.outcome === "lost" ? "Omitted" : "Pipeline";
}

/** Standard value set `LeadStatus`: the statuses, exactly one converted. */
export function leadStatus(arch: Architecture): SalesforceValueSetSpec {
  return {
    kind: "salesforce:value-set",
    name: "sf-value-set-lead-status",
    valueSetName: "LeadStatus",
    standard: true,
    values: arch.statuses.map((s, i) => ({
      apiName: salesforceValue(s),
      label: s.label,
      description: valueDescription(s),
      default: i === 0,
      converted: s.kind === "converted",
    })),
    replacements: replacementsFor(arch.replacements.statuses, "salesforce", (key) => {
      const status = arch.statuses.find((s) => s.key === key);
      return status && salesforceValue(status);
    }),
  };
}

/**
 * Standard value set `OpportunityStage`: every deal-pipeline stage once (processes share values,
 * so "Closed Won" used by three pipelines is one value), probability as 0–100.
 */
export function opportunityStage(arch: Architecture): SalesforceValueSetSpec {
  const values = new Map<string, SalesforcePicklistValueSpec>();
  const replacements: { from: string; to: string }[] = [];
  for (const [key, pipeline] of Object.entries(arch.pipelines)) {
    if (!isDealPipeline(pipeline)) continue;
    for (const stage of pipeline.stages) {
      const apiName = salesforceValue(stage);
      if (values.has(apiName)) continue;
      values.set(apiName, {
        apiName,
        label: stage.label,
        ...(stage.definition === undefined ? {} : { description: stage.definition }),
        closed: stage.outcome !== "open",
        won: stage.outcome === "won",
        probability: Math.round((stage.probability ?? 0) * 100),
        forecastCategory: forecastCategory(stage),
      });
    }
    replacements.push(
      ...replacementsFor(arch.replacements.pipelines[key] ?? [], "salesforce", (to) => {
        const stage = pipeline.stages.find((s) => s.key === to);
        return stage && salesforceValue(stage);
      }),
    );
  }
  return { kind: "salesforce:value-set", name: "sf-value-set-opportunity-stage", valueSetName: "OpportunityStage", standard: true, values: [...values.values()], replacements };
}
