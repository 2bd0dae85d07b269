import type { LifecycleStage } from "../../schema";
import type { LintRule } from "../types";
import { words } from "../walk";

const is = (stage: LifecycleStage, key: string, phrase: RegExp) => stage.key === key || phrase.test(words(stage.label));

/** Gotcha: skipping SAL, so the Marketing → Sales handoff cannot be measured. */
export const missingSal: LintRule = {
  code: "BT008",
  severity: "error",
  summary: "A lifecycle with MQL and SQL needs SAL between them to measure the handoff.",
  check: (arch) => {
    const mql = arch.lifecycle.findIndex((s) => is(s, "mql", /\bmarketing qualified\b/));
    const sql = arch.lifecycle.findIndex((s) => is(s, "sql", /\bsales qualified\b/));
    if (mql < 0 || sql < 0) return [];
    const sal = arch.lifecycle.findIndex((s) => is(s, "sal", /\bsales accepted lead\b/));
    if (sal > mql && sal < sql) return [];
    return [{
      path: ["lifecycle", sql],
      message: sal < 0 ? "the lifecycle goes from MQL to SQL without a Sales Accepted Lead stage" : "the SAL stage is not between MQL and SQL",
      fix: 'add stage("sal", { label: "Sales Accepted Lead", … }) between MQL and SQL, so acceptance rate and handoff speed can be measured',
    }];
  },
};
