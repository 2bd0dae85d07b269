import type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "../../../lifecycle/resources";
import type { DiffDescriptor } from "../../core/diff";

/** What Bowtie keeps in state for a property's options: the spec plus whether HubSpot defines the property. */
export interface HubSpotPropertyOptionsState extends HubSpotPropertyOptionsSpec {
  hubspotDefined: boolean;
}

/** One comparable shape for an option, whether it came from the spec or from HubSpot. */
export function normalizeOption(option: HubSpotOptionSpec): Required<HubSpotOptionSpec> {
  return {
    value: option.value,
    label: option.label,
    description: option.description ?? "",
    displayOrder: option.displayOrder,
    hidden: option.hidden ?? false,
  };
}

/**
 * Identity is the object type and the property name: changing either is another property, so a
 * replacement. Options, labels and order are updates. State-only fields are dropped.
 */
export const propertyOptionsDescriptor: DiffDescriptor<HubSpotPropertyOptionsSpec> = {
  replaceOn: ["objectType", "property"],
  normalize: (spec) => ({
    kind: spec.kind,
    name: spec.name,
    objectType: spec.objectType,
    property: spec.property,
    create: spec.create ? { label: spec.create.label, groupName: spec.create.groupName, description: spec.create.description ?? "" } : undefined,
    options: spec.options.map(normalizeOption),
    replacements: spec.replacements.map((r) => ({ from: r.from, to: r.to })),
  }),
};
