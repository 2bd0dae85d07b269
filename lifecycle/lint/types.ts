import type { Architecture } from "../schema";

export type Severity = "error" | "warning";

/** Every lint rule id. Adding one here without registering it fails to compile (see registry.ts). */
export type LintRuleId =
  | "stage-named-as-activity"
  | "status-in-lifecycle"
  | "deal-outcome-in-lifecycle"
  | "cs-stage-in-sales-pipeline"
  | "time-based-stage"
  | "internal-signal-stage"
  | "too-many-sales-pipelines"
  | "missing-sal"
  | "missing-entry-criteria"
  | "golden-stage-without-criteria"
  | "probability-not-rising"
  | "closed-probability"
  | "duplicate-name"
  | "invalid-crm-name";

/** What a rule reports about one offending item; the rule adds its id, code and severity. */
export interface RuleHit {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** A lint finding as data; rendering is separate (render.ts). */
export interface Finding extends RuleHit {
  rule: LintRuleId;
  code: string;
  severity: Severity;
}

/** A pure governance check over a valid architecture. */
export interface LintRule {
  /** Stable short code, e.g. `BT003`. Never reused. */
  code: string;
  severity: Severity;
  /** One line: the gotcha this rule catches. */
  summary: string;
  check(architecture: Architecture): RuleHit[];
}
