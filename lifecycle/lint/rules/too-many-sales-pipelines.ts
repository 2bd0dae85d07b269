import { isDealPipeline } from "../../schema";
import type { LintRule } from "../types";

/** Gotcha: too many deal pipelines (consolidate to New Business, Renewal, Expansion). */
export const tooManySalesPipelines: LintRule = {
  code: "BT007",
  severity: "error",
  summary: "At most three sales pipelines: New Business, Renewal, Expansion.",
  check: (arch) => {
    const deals = Object.entries(arch.pipelines).filter(([, p]) => isDealPipeline(p)).map(([key]) => key);
    if (deals.length <= 3) return [];
    return [{
      path: ["pipelines"],
      message: `${deals.length} sales pipelines (${deals.join(", ")}); blended motions produce averages that describe nobody`,
      fix: "consolidate into new-business, renewal and expansion pipelines; segment with a field instead of a pipeline",
    }];
  },
};
