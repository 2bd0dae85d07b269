import type { HubSpotPipelineSpec } from "../../../specs";
import { hubspotValue } from "../../names";
import { type Architecture, isDealPipeline, type PipelineStage } from "../../schema";
import { replacementsFor } from "../architecture-lookups";

/** HubSpot wants "0.0"–"1.0" strings: always at least one decimal. */
export function probabilityText(probability: number): string {
  const text = String(Math.round(probability * 1000) / 1000);
  return text.includes(".") ? text : `${text}.0`;
}

function metadata(deal: boolean, stage: PipelineStage): Record<string, string> {
  if (!deal) return { ticketState: stage.outcome === "open" ? "OPEN" : "CLOSED" };
  return { probability: probabilityText(stage.probability ?? 0), isClosed: String(stage.outcome !== "open") };
}

/** Deal pipelines (new business, renewal, expansion) and a tickets pipeline for customer success. */
export function pipelines(arch: Architecture): HubSpotPipelineSpec[] {
  const order = { deals: 0, tickets: 0 };
  return Object.entries(arch.pipelines).map(([key, pipeline]) => {
    const deal = isDealPipeline(pipeline);
    const objectType = deal ? "deals" : "tickets";
    return {
      kind: "hubspot:pipeline",
      name: `hs-pipeline-${objectType}-${key.replace(/_/g, "-")}`,
      objectType,
      ...(pipeline.names.hubspot === undefined ? {} : { pipelineId: pipeline.names.hubspot }),
      label: pipeline.label,
      displayOrder: order[objectType]++,
      stages: pipeline.stages.map((s, i) => ({ key: hubspotValue(s), label: s.label, displayOrder: i, metadata: metadata(deal, s) })),
      replacements: replacementsFor(arch.replacements.pipelines[key] ?? [], "hubspot", (to) => {
        const stage = pipeline.stages.find((s) => s.key === to);
        return stage && hubspotValue(stage);
      }),
    };
  });
}
