import type { LintRule } from "../types";
import { lifecycleItems, words } from "../walk";

const OUTCOME = /^(won|lost|closed lost|churned)$|\blost\b/;

/** Gotcha: putting deal outcomes (Won/Lost) in lifecycle stages. */
export const dealOutcomeInLifecycle: LintRule = {
  code: "BT003",
  severity: "error",
  summary: "Lifecycle tracks forward progression; deal outcomes (Won/Lost) belong to the deal pipeline.",
  check: (arch) =>
    lifecycleItems(arch).flatMap(({ stage, path }) => {
      const texts = [stage.label, stage.key.replace(/_/g, " "), stage.names.salesforce, stage.names.hubspot].filter((t): t is string => t !== undefined);
      const hit = texts.find((t) => OUTCOME.test(words(t)));
      if (hit === undefined) return [];
      return [{
        path: [...path, "label"],
        message: `lifecycle stage "${stage.label}" records a deal outcome ("${hit}")`,
        fix: "track outcomes as closed-won/closed-lost pipeline stages with a drop-off reason, and retire this value to the furthest stage reached (replacements.lifecycle)",
      }];
    }),
};
