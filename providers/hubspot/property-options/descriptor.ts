import type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";
import { ignoringReplacements } from "../../core/values/diff-policy";

/** What Bowtie keeps in state for a property's options: the spec plus whether HubSpot defines the property. */
export interface HubSpotPropertyOptionsState extends HubSpotPropertyOptionsSpec {
  hubspotDefined: boolean;
  /** The portal refuses edits to these options (`modificationMetadata.readOnlyOptions`). */
  readOnlyOptions?: boolean;
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
export const propertyOptionsDescriptor: DiffDescriptor<HubSpotPropertyOptionsSpec> = ignoringReplacements({
  replaceOn: ["objectType", "property"],
  normalize: (spec) => ({
    kind: spec.kind,
    name: spec.name,
    objectType: spec.objectType,
    property: spec.property,
    create: spec.create ? { label: spec.create.label, groupName: spec.create.groupName, description: spec.create.description ?? "" } : undefined,
    options: spec.options.map(normalizeOption),
    replacements: spec.replacements,
  }),
});

/** The resource id: HubSpot identifies a property by its object type and name. */
export const propertyOptionsId = (spec: Pick<HubSpotPropertyOptionsSpec, "objectType" | "property">) => `${spec.objectType}/${spec.property}`;
