import type { LintRule } from "../types";
import { lifecycleItems } from "../walk";

/** The golden stages (SQL, Closed Won, Early Adoption) need a complete contract. */
export const goldenStageWithoutCriteria: LintRule = {
  code: "BT010",
  severity: "error",
  summary: "Golden stages have entry criteria, exit criteria and an SLA.",
  check: (arch) =>
    lifecycleItems(arch)
      .filter(({ stage }) => stage.golden)
      .flatMap(({ stage, path }) => {
        const missing = [
          stage.entryCriteria.length === 0 ? "entryCriteria" : undefined,
          stage.exitCriteria.length === 0 ? "exitCriteria" : undefined,
          stage.slaDays === undefined ? "slaDays" : undefined,
        ].filter((m): m is string => m !== undefined);
        return missing.map((field) => ({
          path: [...path, field],
          message: `golden stage "${stage.label}" has no ${field}`,
          fix: `golden stages are the critical transitions: define ${field} for "${stage.label}" and get it signed off`,
        }));
      }),
};
