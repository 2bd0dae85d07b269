/**
 * What can stop a change of values, as data (as zod keeps issues apart from their messages). The
 * wording is `describeValueProblem` in ../describe.ts; `valueProblemError` raises one.
 */
import { describeValueProblem } from "../describe";
import { BowtieProviderError } from "../errors";
import type { Target } from "../../../specs";
import type { ValueUsage } from "./plan";

/** The spec retires values that records use and names no replacement for them. Nothing was changed. */
export interface ValuesInUse {
  code: "VALUES_IN_USE";
  resource: string;
  /** The spec field that lists the values: `values`, `options`, `stages`. */
  field: string;
  /** The CRM's word for the records (`Lead`, `contacts`, `deals`). */
  records: string;
  values: ValueUsage[];
  /**
   * The fix in the architecture's authoring API: one `retire(from, <model key>, target)` per value
   * (lifecycle/define.ts). The model key the records move to is the author's choice, so it is not here.
   */
  suggested: Array<{ from: string; target: Target }>;
}

/** After moving them, records the CRM lets Bowtie change are still on retiring values; those stay active. */
export interface RecordsNotMoved {
  code: "RECORDS_NOT_MOVED";
  resource: string;
  field: "replacements";
  records: string;
  values: ValueUsage[];
  /** Why the CRM refused some of them, per value and reason (e.g. the errors of a 207 batch reply). */
  refused?: Array<{ value: string; reason: string; count: number }>;
}

export type ValueProblem = ValuesInUse | RecordsNotMoved;

/** The error that carries a problem out of the provider, worded once. */
export function valueProblemError(problem: ValueProblem): BowtieProviderError {
  const { message, fix } = describeValueProblem(problem);
  return new BowtieProviderError({ resource: problem.resource, field: problem.field, code: problem.code, message, fix });
}
