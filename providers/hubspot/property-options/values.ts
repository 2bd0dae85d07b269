/** `hubspot:property-options` as a value-holding kind of the data-safety engine. */
import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import type { ValueHolding } from "../../core/values/holding";
import type { RecordMover, ValueTarget } from "../../core/values/port";
import { openSession, type HubSpotSession } from "../client";
import { valueRecords } from "../records";
import { setOptions } from "./api";
import type { HubSpotPropertyOptionsState } from "./descriptor";
import { optionsDiffer, optionsFor, optionsLockedError } from "./plan";

type Spec = HubSpotPropertyOptionsSpec;

/** The records of the spec's object type whose property holds one of its options. */
export const optionRecords = (session: HubSpotSession, spec: Spec): RecordMover =>
  valueRecords(session, { site: { resource: spec.name, field: "options" }, objectType: spec.objectType, property: spec.property });

/**
 * Options by value. HubSpot removes the options a new list leaves out even while records carry one
 * (it documents no refusal; the records keep a value that is no longer an option), so the engine's
 * recount before the final list is what keeps records from being stranded.
 */
export const propertyOptionsHolding: ValueHolding<Spec, HubSpotPropertyOptionsState> = {
  crm: "hubspot",
  field: "options",
  resourceOf: (spec) => spec.name,
  desiredValues: (spec) => spec.options.map((o) => o.value),
  liveValues: (live) => live.options.map((o) => o.value),
  recordsOf: (_live, spec, ctx) => optionRecords(openSession(ctx, { resource: spec.name }), spec),
  // A portal that locks these options refuses any change to them, whatever the records.
  requireChangeable: (live, spec) => {
    if (live.readOnlyOptions && optionsDiffer(live.options, spec.options)) throw optionsLockedError(spec);
  },
};

/**
 * The property's option list as the engine's `ValueTarget`, from the `live` options. Retiring
 * options are listed hidden, after the desired ones, while records move; a list equal to the one
 * HubSpot holds is not written again (a portal with read-only options accepts no write at all).
 */
export function optionsTarget(session: HubSpotSession, spec: Spec, live: HubSpotPropertyOptionsState["options"]): ValueTarget {
  let held = live;
  return {
    records: optionRecords(session, spec),
    async deploy(values) {
      const options = optionsFor(values, spec.options, held);
      if (!optionsDiffer(held, options)) return;
      await setOptions(session, { resource: spec.name, field: "options" }, spec.objectType, spec.property, options);
      held = options;
    },
  };
}
