import type { LintRule } from "../types";
import { namedStages, words } from "../walk";

const SIGNAL = /\btrending (up|down)\b|\b(hot|warm|cold)\b|\d+ ?%|\bpercent\b|\bat risk\b/;

/** Gotcha: internal-signal ("Trending Up") or task-progress ("50% complete") stages. */
export const internalSignalStage: LintRule = {
  code: "BT006",
  severity: "error",
  summary: "Stages are buyer milestones, not internal signals (\"Trending Up\") or task progress (\"50% complete\").",
  check: (arch) => {
    const statuses = arch.statuses.map((s, i) => ({ path: ["statuses", i], label: s.label, texts: [s.label, s.names.salesforce, s.names.hubspot].filter((t): t is string => t !== undefined) }));
    return [...namedStages(arch), ...statuses]
      .filter((s) => s.texts.some((t) => SIGNAL.test(words(t))))
      .map((s) => ({
        path: [...s.path, "label"],
        message: `"${s.label}" is an internal signal or progress measure, not a stage a buyer reaches`,
        fix: "track signals in a score or health field; keep stages for observable milestones, and retire this value",
      }));
  },
};
