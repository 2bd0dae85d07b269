import { closedProbability } from "./rules/closed-probability";
import { csStageInSalesPipeline } from "./rules/cs-stage-in-sales-pipeline";
import { dealOutcomeInLifecycle } from "./rules/deal-outcome-in-lifecycle";
import { duplicateName } from "./rules/duplicate-name";
import { goldenStageWithoutCriteria } from "./rules/golden-stage-without-criteria";
import { internalSignalStage } from "./rules/internal-signal-stage";
import { invalidCrmName } from "./rules/invalid-crm-name";
import { missingEntryCriteria } from "./rules/missing-entry-criteria";
import { missingSal } from "./rules/missing-sal";
import { probabilityNotRising } from "./rules/probability-not-rising";
import { stageNamedAsActivity } from "./rules/stage-named-as-activity";
import { statusInLifecycle } from "./rules/status-in-lifecycle";
import { timeBasedStage } from "./rules/time-based-stage";
import { tooManySalesPipelines } from "./rules/too-many-sales-pipelines";
import type { LintRule, LintRuleId } from "./types";

/** Every rule, keyed by its stable id. The `Record` type makes a missing rule a compile error. */
export const lintRules: Record<LintRuleId, LintRule> = {
  "stage-named-as-activity": stageNamedAsActivity,
  "status-in-lifecycle": statusInLifecycle,
  "deal-outcome-in-lifecycle": dealOutcomeInLifecycle,
  "cs-stage-in-sales-pipeline": csStageInSalesPipeline,
  "time-based-stage": timeBasedStage,
  "internal-signal-stage": internalSignalStage,
  "too-many-sales-pipelines": tooManySalesPipelines,
  "missing-sal": missingSal,
  "missing-entry-criteria": missingEntryCriteria,
  "golden-stage-without-criteria": goldenStageWithoutCriteria,
  "probability-not-rising": probabilityNotRising,
  "closed-probability": closedProbability,
  "duplicate-name": duplicateName,
  "invalid-crm-name": invalidCrmName,
};
