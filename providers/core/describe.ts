/**
 * The words for what providers report: the one place the wording of events and provider errors
 * lives. Used for the plain lines a `pulumi` user sees and by the CLI's renderers, which decode the
 * data and never parse these sentences.
 */
import type { ProviderErrorData } from "./errors";
import type { ProviderEvent } from "./events";
import type { ValueProblem } from "./values/problems";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const keptBecause = { "converted-lead": "converted leads cannot be changed, so the value is deactivated, not deleted" } as const;

const orphanedBecause = (event: Extract<ProviderEvent, { type: "orphaned" }>) => {
  switch (event.reason) {
    case "standard-object":
      return "a standard object: it stays in the CRM as it is, and Bowtie stops managing it";
    case "in-use":
      return `${plural(event.inUse ?? 0, "record")} carry its values, so it stays in the CRM and Bowtie stops managing it`;
    case "holds-data":
      return "deleting it would delete the values records hold, so it stays in the CRM and Bowtie stops managing it";
    case "not-created":
      return "Bowtie did not create it, so it stays in the CRM as it is, and Bowtie stops managing it";
  }
};

/** What an event says about its resource, without naming it: a line under that resource. */
export function eventDetail(event: ProviderEvent): string {
  switch (event.type) {
    case "planned-move":
    case "moved":
      return `${event.type === "moved" ? "moved" : "would move"} ${plural(event.count, "record")} from ${event.records}.${event.field} "${event.from}" to "${event.to}"`;
    case "not-moved":
      return `${plural(event.count, "record")} stayed on ${event.records}.${event.field} "${event.from}" (not moved to "${event.to}"): the CRM said "${event.reason}"`;
    case "planned-adopt":
    case "adopted": {
      const object = event.label ? `"${event.label}" (${event.crmId})` : event.crmId;
      return `${event.type === "adopted" ? "adopted" : "would adopt"} the existing CRM object ${object}`;
    }
    case "kept-unmovable":
      return `${plural(event.count, "record")} keep ${event.records}.${event.field} "${event.value}": ${keptBecause[event.reason]}`;
    case "orphaned":
      return orphanedBecause(event);
    case "retried":
      return `retry ${event.attempt} in ${event.delayMs} ms after ${event.code}`;
    case "activation-required":
      return `flow ${event.flow} deploys inactive: this production org deploys flows inactive. An admin activates its latest version in Setup → Flows, or turns on "Deploy processes and flows as active" (Setup → Process Automation Settings; deploys then need flow test coverage)`;
  }
}

/** The sentence for an event on its own: the resource's name, then the detail. */
export function describeEvent(event: ProviderEvent): string {
  return `${event.resource}: ${eventDetail(event)}`;
}

/** A provider error in words: where (resource and field), what went wrong, what the CRM said, the fix, the code. */
export function describeError(error: ProviderErrorData): string {
  const where = error.field ? `${error.resource} (${error.field})` : error.resource;
  const said = error.cause ? ` The CRM said: "${error.cause}".` : "";
  return `${where}: ${error.message}${said}${error.fix ? ` Fix: ${error.fix}` : ""} [${error.code}]`;
}

/** `"Won" (12 Lead records), "Lost" (3 Lead records)`; HubSpot names its objects in the plural: `"won" (6 contacts)`. */
function usageList(problem: ValueProblem): string {
  const records = (count: number) => (problem.records.endsWith("s") ? `${count} ${problem.records}` : plural(count, `${problem.records} record`));
  return problem.values.map((v) => `"${v.value}" (${records(v.count)})`).join(", ");
}

/** A data-safety problem in words: what is wrong, with the counts, and the fix in the architecture's terms. */
export function describeValueProblem(problem: ValueProblem): { message: string; fix: string } {
  switch (problem.code) {
    case "VALUES_IN_USE": {
      const retire = problem.suggested.map((s) => `retire("${s.from}", "<key>", "${s.target}")`).join(", ");
      return {
        message: `retiring ${usageList(problem)} would strand those records: no replacement says where they go.`,
        fix: `add ${retire} to the architecture's replacements (in lifecycle, statuses or the pipeline the value belongs to; <key> is the stage or status its records move to), so Bowtie moves the records first; or keep them in the architecture.`,
      };
    }
    case "RECORDS_NOT_MOVED": {
      const said = (problem.refused ?? []).map((r) => ` ${plural(r.count, "record")} on "${r.value}": the CRM said "${r.reason}".`).join("");
      return {
        message: `records are still on ${usageList(problem)} after moving them; the values stay in place.${said}`,
        fix: "check what refuses the updates in the CRM (validation rules, flows, record locks), then run `up` again.",
      };
    }
  }
}
