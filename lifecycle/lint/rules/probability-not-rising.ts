import { isDealPipeline } from "../../schema";
import type { LintRule, RuleHit } from "../types";

/** Open stages of a deal pipeline must carry strictly rising probabilities. */
export const probabilityNotRising: LintRule = {
  code: "BT011",
  severity: "error",
  summary: "Probabilities rise through the open stages of a deal pipeline.",
  check: (arch) =>
    Object.entries(arch.pipelines).flatMap(([key, pipeline]) => {
      if (!isDealPipeline(pipeline)) return [];
      const hits: RuleHit[] = [];
      let previous: { label: string; probability: number } | undefined;
      pipeline.stages.forEach((stage, index) => {
        if (stage.outcome !== "open" || stage.probability === undefined) return;
        if (previous !== undefined && stage.probability <= previous.probability)
          hits.push({
            path: ["pipelines", key, "stages", index, "probability"],
            message: `"${stage.label}" has probability ${stage.probability}, not above "${previous.label}" (${previous.probability})`,
            fix: "order open stages by progress and give each a higher probability than the one before",
          });
        previous = { label: stage.label, probability: stage.probability };
      });
      return hits;
    }),
};
