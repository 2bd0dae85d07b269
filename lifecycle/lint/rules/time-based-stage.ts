import type { LintRule } from "../types";
import { namedStages, words } from "../walk";

const DAYS = /\b\d+\s*(d|day|days|dys)\b|\bt ?minus ?\d+\b/;

/** Gotcha: time-based renewal stages (120/90/60/30-day countdowns). */
export const timeBasedStage: LintRule = {
  code: "BT005",
  severity: "error",
  summary: "Stages reflect customer intent, not a countdown (120/90/60/30-day stages).",
  check: (arch) =>
    namedStages(arch)
      .filter((s) => s.texts.some((t) => DAYS.test(words(t))))
      .map((s) => ({
        path: [...s.path, "label"],
        message: `stage "${s.label}" is a time-based countdown; the calendar already tells you the days left`,
        fix: "replace countdown stages with commercial progression (e.g. Renewal Opened → Value Review Completed → Renewal Proposal Sent) and retire the old values",
      })),
};
