import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import { propertyOptionsSchema } from "../../../specs/hubspot/property-options";
import { locateById, type KindDefinition } from "../../core/kind";
import { propertyOptionsDescriptor, propertyOptionsId, type HubSpotPropertyOptionsState } from "./descriptor";
import { propertyOptionsHandler } from "./handler";
import { propertyOptionsHolding } from "./values";

/** `hubspot:property-options`: the options of one enumeration property; HubSpot-defined properties are never deleted. */
export const propertyOptionsKind: KindDefinition<HubSpotPropertyOptionsSpec, HubSpotPropertyOptionsState> = {
  kind: "hubspot:property-options",
  schema: propertyOptionsSchema,
  token: { module: "hubspot", type: "PropertyOptions" },
  descriptor: propertyOptionsDescriptor,
  handler: propertyOptionsHandler,
  report: {
    title: (s) => `${s.objectType}.${s.property} options`,
    items: (s) => s.options.map((o) => ({ ...o, key: o.value, label: o.label })),
    owner: "HubSpot super admin",
    deleteImpact: (olds) => (olds.hubspotDefined || !olds.create ? "orphan" : "destroy"),
  },
  locate: locateById(propertyOptionsHandler, propertyOptionsId),
  foundational: true,
  values: propertyOptionsHolding,
};
