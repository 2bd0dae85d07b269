/**
 * What a provider tells the CLI, as data. Provider processes run under the Pulumi engine, so the
 * only channel back is the engine's diagnostic stream: each event is written as a plain sentence
 * for people running `pulumi` directly, then one line `bowtie-event <json>`. The CLI decodes the
 * data line (`decodeEvents`) and never parses the sentence; wording lives in `describe.ts`.
 *
 * Invariant: `decodeEvents(encodeEvent(e))` is `[e]`; lines that are not events are ignored.
 */
import { dataLine, readDataLines } from "./data-line";
import { describeEvent } from "./describe";

/** The records one value's move concerns. */
interface MoveFacts {
  resource: string;
  /** The CRM's name for the records' object: `Lead`, `Opportunity`, `contacts`, `deals`. */
  records: string;
  /** The field or property that holds the value, e.g. `Status`, `StageName`, `lifecyclestage`, `dealstage`. */
  field: string;
  from: string;
  to: string;
  count: number;
}

/** A CRM object that a create finds in place of creating one. */
interface AdoptionFacts {
  resource: string;
  /** The CRM's id of the object (a metadata full name, a HubSpot id). */
  crmId: string;
  /** Its name in the CRM, when that says more than the id. */
  label?: string;
}

/**
 * Every event a provider emits. `resource` is always the resource's name (its spec's `name`, the
 * last segment of its URN): the CLI attaches the event to that resource.
 */
export type ProviderEvent =
  /** A preview: `up` will move `count` records from a retired value to its replacement. */
  | ({ type: "planned-move" } & MoveFacts)
  /** An apply moved `count` records. */
  | ({ type: "moved" } & MoveFacts)
  /** The CRM refused to move `count` records (e.g. per-record errors of a batch update), for `reason`: they stay on `from`. */
  | ({ type: "not-moved"; reason: string } & MoveFacts)
  /** A preview: the create will take over this existing CRM object instead of creating one. */
  | ({ type: "planned-adopt" } & AdoptionFacts)
  /** A create took over this existing CRM object instead of creating one. */
  | ({ type: "adopted" } & AdoptionFacts)
  /** Records that the CRM does not allow changing keep a retired value (e.g. converted leads). */
  | { type: "kept-unmovable"; resource: string; records: string; field: string; value: string; count: number; reason: "converted-lead" }
  /**
   * A delete left the CRM object in place and stopped managing it: it is a standard object, records
   * carry its values (`inUse` of them), deleting it would delete the values records hold, or
   * Bowtie did not create it (it manages only the options of an existing property).
   */
  | { type: "orphaned"; resource: string; reason: "standard-object" | "in-use" | "holds-data" | "not-created"; inUse?: number }
  /** A call was retried after a transient failure. */
  | { type: "retried"; resource: string; attempt: number; delayMs: number; code: string }
  /** The org deploys this flow inactive (a production org without "Deploy processes and flows as active"): an admin must activate it. */
  | { type: "activation-required"; resource: string; flow: string };

export type ProviderEventType = ProviderEvent["type"];

/**
 * When an event's fact holds: `planned` (what `up` will do, reported by a preview), `done` (what an
 * apply did to the CRM), `progress` (how the run went; no report shows it).
 */
export const eventPhases: { [T in ProviderEventType]: "planned" | "done" | "progress" } = {
  "planned-move": "planned",
  moved: "done",
  "not-moved": "done",
  "planned-adopt": "planned",
  adopted: "done",
  "kept-unmovable": "done",
  orphaned: "done",
  retried: "progress",
  "activation-required": "planned",
};

const MARK = "bowtie-event";

/** The diagnostic text for one event: a sentence, then the data line. */
export function encodeEvent(event: ProviderEvent): string {
  return `${describeEvent(event)}\n${dataLine(MARK, event)}`;
}

function isProviderEvent(value: unknown): value is ProviderEvent {
  const event = value as Partial<ProviderEvent> | null;
  return typeof event?.type === "string" && Object.hasOwn(eventPhases, event.type) && typeof event.resource === "string";
}

/** Every event in a block of diagnostic text, in order. */
export function decodeEvents(text: string): ProviderEvent[] {
  return readDataLines(text, MARK, isProviderEvent);
}
