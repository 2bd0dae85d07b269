import { isDealPipeline } from "../../schema";
import type { LintRule } from "../types";
import { pipelineStageItems } from "../walk";

/** Closed-won stages forecast 1, closed-lost stages 0. */
export const closedProbability: LintRule = {
  code: "BT012",
  severity: "error",
  summary: "Closed-won stages have probability 1 and closed-lost stages probability 0.",
  check: (arch) =>
    pipelineStageItems(arch)
      .filter(({ pipeline, stage }) => isDealPipeline(pipeline) && stage.outcome !== "open")
      .filter(({ stage }) => stage.probability !== (stage.outcome === "won" ? 1 : 0))
      .map(({ stage, path }) => {
        const expected = stage.outcome === "won" ? 1 : 0;
        return {
          path: [...path, "probability"],
          message: `closed-${stage.outcome} stage "${stage.label}" has probability ${stage.probability}, expected ${expected}`,
          fix: `set probability: ${expected}`,
        };
      }),
};
