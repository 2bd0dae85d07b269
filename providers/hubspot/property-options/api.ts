/** The HubSpot property calls this kind uses. */
import type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "../../../specs";
import { call, isNotFound, type HubSpotSession } from "../client";
import type { FailureSite } from "../errors";
import { normalizeOption } from "./descriptor";

/** A live enumeration property, as far as this kind cares. */
export interface LiveProperty {
  name: string;
  label: string;
  description: string;
  groupName: string;
  hubspotDefined: boolean;
  readOnlyOptions: boolean;
  options: HubSpotOptionSpec[];
}

/** The property, or undefined when it does not exist (or is archived). */
export async function tryGetProperty(session: HubSpotSession, site: FailureSite, objectType: string, name: string): Promise<LiveProperty | undefined> {
  try {
    const property = await call(session, site, (client, options) => client.crm.properties.coreApi.getByName(objectType, name, undefined, undefined, options));
    return {
      name: property.name,
      label: property.label,
      description: property.description ?? "",
      groupName: property.groupName,
      hubspotDefined: property.hubspotDefined ?? false,
      readOnlyOptions: property.modificationMetadata?.readOnlyOptions ?? false,
      options: (property.options ?? []).map((o) => ({
        value: o.value,
        label: o.label,
        description: o.description ?? "",
        displayOrder: o.displayOrder ?? 0,
        hidden: o.hidden ?? false,
      })),
    };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Creates a custom enumeration property (a select). */
export async function createProperty(session: HubSpotSession, site: FailureSite, spec: HubSpotPropertyOptionsSpec & { create: NonNullable<HubSpotPropertyOptionsSpec["create"]> }): Promise<void> {
  await call(session, site, (client, options) =>
    client.crm.properties.coreApi.create(spec.objectType, {
      name: spec.property,
      label: spec.create.label,
      description: spec.create.description ?? "",
      groupName: spec.create.groupName,
      type: "enumeration" as any,
      fieldType: "select" as any,
      formField: true,
      options: spec.options.map(normalizeOption),
    }, options),
  );
}

/** Replaces the whole option list (PATCH replaces it: there is no per-option call). */
export async function setOptions(session: HubSpotSession, site: FailureSite, objectType: string, name: string, options: readonly HubSpotOptionSpec[]): Promise<void> {
  await call(session, site, (client, callOptions) => client.crm.properties.coreApi.update(objectType, name, { options: options.map(normalizeOption) }, callOptions));
}

/** Updates a custom property's definition (label, description, group). */
export async function setDefinition(session: HubSpotSession, site: FailureSite, objectType: string, name: string, create: NonNullable<HubSpotPropertyOptionsSpec["create"]>): Promise<void> {
  await call(session, site, (client, options) =>
    client.crm.properties.coreApi.update(objectType, name, { label: create.label, description: create.description ?? "", groupName: create.groupName }, options),
  );
}

export async function archiveProperty(session: HubSpotSession, site: FailureSite, objectType: string, name: string): Promise<void> {
  try {
    await call(session, site, (client, options) => client.crm.properties.coreApi.archive(objectType, name, options));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
