/** Pure planning for a property's option list. */
import type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "../../../lifecycle/resources";
import { HUBSPOT } from "../../../lifecycle/names";
import { BowtieProviderError } from "../../core/errors";
import { retiredValues } from "../retirement";
import { normalizeOption } from "./descriptor";
import { isDeepStrictEqual } from "node:util";

export interface OptionsPlan {
  /** Live values the spec no longer lists. */
  retired: string[];
  /** The list to hold while records move: the desired options, then the retired ones (hidden). */
  interim: HubSpotOptionSpec[];
  /** True when the live list differs from the desired one. */
  changed: boolean;
}

export function planOptions(live: readonly HubSpotOptionSpec[], desired: readonly HubSpotOptionSpec[]): OptionsPlan {
  const retired = retiredValues(live.map((o) => o.value), desired.map((o) => o.value));
  const interim = [
    ...desired,
    ...live.filter((o) => retired.includes(o.value)).map((o, i) => ({ ...o, hidden: true, displayOrder: desired.length + i })),
  ];
  const changed = !isDeepStrictEqual(live.map(normalizeOption), desired.map(normalizeOption));
  return { retired, interim, changed };
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
