import type { LintRule } from "../types";
import { lifecycleItems, pipelineStageItems } from "../walk";

/** Gotcha: not defining entry criteria before building in the CRM. */
export const missingEntryCriteria: LintRule = {
  code: "BT009",
  severity: "error",
  summary: "Every stage has objective entry criteria.",
  check: (arch) =>
    [...lifecycleItems(arch), ...pipelineStageItems(arch)]
      .filter(({ stage }) => stage.entryCriteria.length === 0)
      .map(({ stage, path }) => ({
        path: [...path, "entryCriteria"],
        message: `stage "${stage.label}" has no entry criteria`,
        fix: "write the observable conditions that put a record in this stage (not \"rep thinks it's ready\")",
      })),
};
