import type { LintRule } from "../types";
import { namedStages, words } from "../walk";

const ACTIVITIES = new Set([
  "demo", "call", "meeting", "discovery", "presentation", "negotiation", "proposal", "evaluation", "pitch",
  "followup", "follow up", "outreach", "trial", "review", "prospecting", "qualification", "analysis", "contacting", "quote",
]);
const MILESTONES = /\b(completed?|done|held|sent|signed|scheduled|started|booked|agreed|accepted|confirmed|received|achieved|reached|opened|won|lost|created|delivered)\b/;

function isActivity(label: string): boolean {
  const w = words(label);
  if (MILESTONES.test(w)) return false;
  const parts = w.split(" ");
  const last = parts[parts.length - 1] ?? "";
  const lastTwo = parts.slice(-2).join(" ");
  return ACTIVITIES.has(last) || ACTIVITIES.has(lastTwo);
}

/** Gotcha: naming stages as activities instead of completed milestones. */
export const stageNamedAsActivity: LintRule = {
  code: "BT001",
  severity: "warning",
  summary: "Stages are completed milestones (\"Demo Completed\"), not activities (\"Demo\").",
  check: (arch) =>
    namedStages(arch)
      .filter((s) => isActivity(s.label))
      .map((s) => ({
        path: [...s.path, "label"],
        message: `stage "${s.label}" is named as an activity, so nobody can tell when it is reached`,
        fix: `name the completed milestone, e.g. "${s.label} Completed" or "${s.label} Scheduled"`,
      })),
};
