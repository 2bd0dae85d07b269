/**
 * The data-safety sequence, written once over the per-CRM ports: count the records on retiring
 * values, refuse when any would be stranded, then (apply only) hold the retiring values while their
 * records move, count them again, and deploy the final list only when none is left.
 */
import type { Target, ValueReplacement } from "../../../specs";
import type { HandlerContext } from "../kind";
import { planValueChange, type ValueMove, type ValuePlan, type ValueUsage } from "./plan";
import type { RecordFailure, RecordMover, ValueTarget } from "./port";
import { valueProblemError, type RecordsNotMoved } from "./problems";

/** A change of one object's value list, named as its spec names the values. */
export interface ValueChange {
  /** The spec's name: what events name. */
  name: string;
  /** The resource as errors name it. */
  resource: string;
  crm: Target;
  /** The spec field that lists the values: `values`, `options`, `stages`. */
  field: string;
  live: readonly string[];
  desired: readonly string[];
  replacements: readonly ValueReplacement[];
}

const nonZero = (counts: ReadonlyMap<string, number>): ValueUsage[] =>
  [...counts].filter(([, count]) => count > 0).map(([value, count]) => ({ value, count }));

/** `RECORDS_NOT_MOVED` for the values still in use, with the CRM's reasons for the records it refused on them. */
function recordsNotMoved(change: ValueChange, records: RecordMover, left: ValueUsage[], refused: ReadonlyArray<RecordFailure & { value: string }>) {
  const still = new Set(left.map((u) => u.value));
  const reasons: Array<{ value: string; reason: string; count: number }> = [];
  for (const { value, reason } of refused.filter((f) => still.has(f.value))) {
    const same = reasons.find((r) => r.value === value && r.reason === reason);
    if (same) same.count += 1;
    else reasons.push({ value, reason, count: 1 });
  }
  const problem: RecordsNotMoved = { code: "RECORDS_NOT_MOVED", resource: change.resource, field: "replacements", records: records.records, values: left, ...(reasons.length > 0 ? { refused: reasons } : {}) };
  return valueProblemError(problem);
}

/**
 * Counts the records on the values `change` retires and plans the change. Throws `VALUES_IN_USE`,
 * with the count per value, when a value that records use has no replacement. Changes nothing.
 */
async function requireSafePlan(change: ValueChange, records: RecordMover): Promise<ValuePlan> {
  const { retired } = planValueChange({ ...change, usage: new Map() });
  const usage = retired.length === 0 ? new Map<string, number>() : await records.count(retired);
  const plan = planValueChange({ ...change, usage });
  if (plan.blocked.length > 0) {
    throw valueProblemError({
      code: "VALUES_IN_USE",
      resource: change.resource,
      field: change.field,
      records: records.records,
      values: plan.blocked,
      suggested: plan.blocked.map((b) => ({ from: b.value, target: change.crm })),
    });
  }
  return plan;
}

/** The preview half: `requireSafePlan`, then a `planned-move` event per move that `up` will make. */
export async function previewPlan(change: ValueChange, records: RecordMover, ctx: HandlerContext): Promise<ValuePlan> {
  const plan = await requireSafePlan(change, records);
  for (const move of plan.moves) ctx.emit({ type: "planned-move", resource: change.name, records: records.records, field: records.field, ...move });
  return plan;
}

/** Runs one move: `moved` for what the CRM confirmed, `not-moved` per reason for what it refused. Answers the refusals. */
async function runMove(change: ValueChange, records: RecordMover, move: ValueMove, ctx: HandlerContext): Promise<RecordFailure[]> {
  const refused: RecordFailure[] = [];
  const count = await records.move(move, (failure) => refused.push(failure));
  const facts = { resource: change.name, records: records.records, field: records.field, from: move.from, to: move.to };
  if (count > 0) ctx.emit({ type: "moved", ...facts, count });
  for (const [reason, n] of tally(refused.map((f) => f.reason))) ctx.emit({ type: "not-moved", ...facts, count: n, reason });
  return refused;
}

function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Applies a change of values without stranding records: refuses as the preview does; when records
 * must move, deploys the interim list (retiring values still usable), moves them (`moved` events;
 * `not-moved` with the CRM's reason for records it refused) and counts them again
 * (`RECORDS_NOT_MOVED` when any is left, with the reasons, and the retiring values still in place);
 * reports records the CRM never lets change (`kept-unmovable`); then deploys the final list.
 * Invariant: the final list drops only values no movable record carries, counted right before.
 */
export async function applyValueChange(change: ValueChange, target: ValueTarget, ctx: HandlerContext): Promise<void> {
  const { records } = target;
  const plan = await requireSafePlan(change, records);
  if (plan.moves.length > 0) {
    await target.deploy(plan.interim);
    const refused: Array<RecordFailure & { value: string }> = [];
    for (const move of plan.moves) refused.push(...(await runMove(change, records, move, ctx)).map((f) => ({ ...f, value: move.from })));
    const left = nonZero(await records.verify(plan.moves.map((m) => m.from)));
    if (left.length > 0) throw recordsNotMoved(change, records, left, refused);
  }
  if (records.unmovable && plan.retired.length > 0) {
    const { reason } = records.unmovable;
    for (const { value, count } of nonZero(await records.unmovable.count(plan.retired))) {
      ctx.emit({ type: "kept-unmovable", resource: change.name, records: records.records, field: records.field, value, count, reason });
    }
  }
  await target.deploy(change.desired);
}
