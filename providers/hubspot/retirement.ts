/**
 * Data safety, shared by property options and pipeline stages: a value that leaves the list while
 * records still carry it must have a replacement; the records move before the value is removed.
 * Pure planning here; the I/O lives in each kind's handler.
 */
import type { ValueReplacement } from "../../lifecycle/resources";
import { BowtieProviderError } from "../core/errors";

export interface Migration {
  from: string;
  to: string;
  count: number;
}

export interface RetirementPlan {
  /** Values in use that have a replacement: move `count` records `from` → `to`. */
  migrations: Migration[];
  /** Values in use with no replacement: the change cannot be applied safely. */
  blocked: Array<{ value: string; count: number }>;
}

/** Splits the retired values that records use into migrations and blocked values. Values not in use need nothing. */
export function planRetirements(usage: ReadonlyMap<string, number>, replacements: readonly ValueReplacement[]): RetirementPlan {
  const plan: RetirementPlan = { migrations: [], blocked: [] };
  for (const [value, count] of usage) {
    if (count === 0) continue;
    const replacement = replacements.find((r) => r.from === value);
    if (replacement) plan.migrations.push({ from: value, to: replacement.to, count });
    else plan.blocked.push({ value, count });
  }
  return plan;
}

/** Says, during a preview, which records `up` will move (`what` names the value, e.g. "stage x"). */
export function logPlannedMoves(log: (message: string) => void, resource: string, recordNoun: string, plan: RetirementPlan, what: (value: string) => string): void {
  for (const m of plan.migrations) log(`${resource}: would move ${m.count} ${recordNoun} from ${what(m.from)} to ${m.to}`);
}

/** The values in `before` that are not in `after`. */
export function retiredValues(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((value) => !kept.has(value));
}

/** The error a preview shows when retiring values would strand records. */
export function valuesInUseError(args: {
  resource: string;
  field: string;
  /** e.g. "lifecyclestage option", "deal stage". */
  noun: string;
  recordNoun: string;
  blocked: RetirementPlan["blocked"];
  suggestedTarget?: string;
}): BowtieProviderError {
  const list = args.blocked.map((b) => `${b.value} (${b.count} ${args.recordNoun})`).join(", ");
  const example = args.blocked.map((b) => `{ from: "${b.value}", to: "${args.suggestedTarget ?? "<a value you keep>"}" }`).join(", ");
  return new BowtieProviderError({
    resource: args.resource,
    field: args.field,
    code: "HUBSPOT_VALUES_IN_USE",
    message: `Retiring ${args.noun}(s) still used by records: ${list}. Bowtie does not strand records on a removed value.`,
    fix: `Add replacements: [${example}] to the architecture; Bowtie then moves those records before removing the value.`,
  });
}
