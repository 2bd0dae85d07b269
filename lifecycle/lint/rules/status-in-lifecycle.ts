import type { LintRule } from "../types";
import { lifecycleItems, words } from "../walk";

const STATUS_WORDS = new Set(["new", "open", "working", "engaged", "nurture", "nurturing", "in progress", "connected", "contacted",
  "unqualified", "disqualified", "bad timing", "recycled", "attempted to contact", "open deal"]);
const STATUS_PATTERN = /\b(not )?contacted\b|\battempted\b|\bin progress\b|\bbad timing\b|\bnurtur/;

/** Gotcha: mixing lifecycle (funnel position) and status (working state) in one field. */
export const statusInLifecycle: LintRule = {
  code: "BT002",
  severity: "error",
  summary: "Lifecycle stages are funnel positions; working states (New, Working, Nurture…) are statuses.",
  check: (arch) => {
    const declared = new Set(arch.statuses.flatMap((s) => [words(s.label), words(s.key)]));
    return lifecycleItems(arch)
      .filter(({ stage }) => {
        const label = words(stage.label);
        return declared.has(label) || STATUS_WORDS.has(label) || STATUS_PATTERN.test(label);
      })
      .map(({ stage, path }) => ({
        path: [...path, "label"],
        message: `lifecycle stage "${stage.label}" is a working state, not a funnel position`,
        fix: `move "${stage.label}" to the statuses and retire it from the lifecycle (replacements.lifecycle)`,
      }));
  },
};
