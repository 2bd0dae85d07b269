import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import { HUBSPOT, hubspotValue, valueDescription } from "../../names";
import type { Architecture } from "../../schema";
import { replacementsFor } from "../architecture-lookups";

function lifecycle(arch: Architecture, objectType: "contacts" | "companies"): HubSpotPropertyOptionsSpec {
  return {
    kind: "hubspot:property-options",
    name: `hs-options-${objectType}-lifecyclestage`,
    objectType,
    property: HUBSPOT.lifecycleProperty,
    options: arch.lifecycle.map((s, i) => ({ value: hubspotValue(s), label: s.label, description: valueDescription(s), displayOrder: i })),
    replacements: replacementsFor(arch.replacements.lifecycle, "hubspot", (key) => {
      const stage = arch.lifecycle.find((s) => s.key === key);
      return stage && hubspotValue(stage);
    }),
  };
}

function leadStatus(arch: Architecture): HubSpotPropertyOptionsSpec {
  return {
    kind: "hubspot:property-options",
    name: "hs-options-contacts-hs-lead-status",
    objectType: "contacts",
    property: HUBSPOT.leadStatusProperty,
    options: arch.statuses.map((s, i) => ({ value: hubspotValue(s), label: s.label, description: valueDescription(s), displayOrder: i })),
    replacements: replacementsFor(arch.replacements.statuses, "hubspot", (key) => {
      const status = arch.statuses.find((s) => s.key === key);
      return status && hubspotValue(status);
    }),
  };
}

function dropOff(arch: Architecture): HubSpotPropertyOptionsSpec[] {
  const objects = [
    { objectType: "contacts" as const, appliesTo: "lead" as const, groupName: "contactinformation" },
    { objectType: "deals" as const, appliesTo: "opportunity" as const, groupName: "dealinformation" },
  ];
  return objects.flatMap(({ objectType, appliesTo, groupName }) => {
    const reasons = arch.dropOffReasons.filter((r) => r.appliesTo.includes(appliesTo));
    if (reasons.length === 0) return [];
    return [{
      kind: "hubspot:property-options" as const,
      name: `hs-options-${objectType}-drop-off-reason`,
      objectType,
      property: HUBSPOT.dropOffProperty,
      create: { label: "Drop-off Reason", groupName, description: "Why the record did not advance. Required when disqualified or lost." },
      options: reasons.map((r, i) => ({ value: hubspotValue(r), label: r.label, displayOrder: i })),
      replacements: [],
    }];
  });
}

/**
 * Options of `lifecyclestage` (contacts, companies), `hs_lead_status` and the custom `drop_off_reason`.
 * On a portal that refuses lifecycle stage edits (`hubspot.lifecycleStages: "portal-defaults"`),
 * the lifecycle options stay HubSpot's and are not managed.
 */
export function propertyOptions(arch: Architecture): HubSpotPropertyOptionsSpec[] {
  const lifecycleOptions = arch.hubspot?.lifecycleStages === "portal-defaults" ? [] : [lifecycle(arch, "contacts"), lifecycle(arch, "companies")];
  return [...lifecycleOptions, ...(arch.statuses.length > 0 ? [leadStatus(arch)] : []), ...dropOff(arch)];
}
