/** Pure planning for a property's option list. */
import type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "../../../specs";
import { HUBSPOT } from "../../../lifecycle/names";
import { BowtieProviderError } from "../../core/errors";
import { itemsFor } from "../../core/values/plan";
import { normalizeOption } from "./descriptor";
import { isDeepStrictEqual } from "node:util";

/**
 * The options for a planned list of values: desired options as the spec has them, retiring ones as
 * they are live but hidden, after the desired ones, while their records move. Pure.
 */
export function optionsFor(values: readonly string[], desired: readonly HubSpotOptionSpec[], live: readonly HubSpotOptionSpec[]): HubSpotOptionSpec[] {
  return itemsFor(values, { desired, live }, (o) => o.value, (o, i) => ({ ...o, hidden: true, displayOrder: desired.length + i }));
}

/** True when two option lists differ once normalised (a missing description or hidden flag is HubSpot's default). */
export function optionsDiffer(a: readonly HubSpotOptionSpec[], b: readonly HubSpotOptionSpec[]): boolean {
  return !isDeepStrictEqual(a.map(normalizeOption), b.map(normalizeOption));
}

/** The error for a portal whose options are read-only (`modificationMetadata.readOnlyOptions`). */
export function optionsLockedError(spec: HubSpotPropertyOptionsSpec): BowtieProviderError {
  const lifecycle = spec.property === "lifecyclestage";
  return new BowtieProviderError({
    resource: spec.name,
    field: "options",
    code: "HUBSPOT_OPTIONS_READ_ONLY",
    message: lifecycle
      ? `This HubSpot portal refuses edits to the ${spec.objectType} lifecycle stage options (modificationMetadata.readOnlyOptions is true).`
      : `The options of ${spec.objectType}.${spec.property} are read-only in this portal (modificationMetadata.readOnlyOptions is true).`,
    fix: lifecycle
      ? `Set hubspot: { lifecycleStages: "portal-defaults" } in the architecture and map each lifecycle stage onto one of HubSpot's default stages (${HUBSPOT.defaultLifecycleStages.join(", ")}) with names.hubspot (adjacent stages may share one), or ask a super admin to allow lifecycle stage edits.`
      : "Stop managing this property's options, or ask a super admin to make them editable.",
  });
}
