import type { HubSpotResourceSpec, ResourceSpec, SalesforceResourceSpec } from "../lifecycle/resources";
import type { KindHandler } from "./core/kind";
import { hubspotHandlers } from "./hubspot";
import { salesforceHandlers } from "./salesforce";

/** A handler for every kind of spec: adding a kind to `lifecycle/resources.ts` without one fails to compile. */
export type HandlerRegistry<Specs extends ResourceSpec> = {
  [K in Specs["kind"]]: KindHandler<Extract<Specs, { kind: K }>, any>;
};

export const handlers: HandlerRegistry<ResourceSpec> = {
  ...(salesforceHandlers satisfies HandlerRegistry<SalesforceResourceSpec>),
  ...(hubspotHandlers satisfies HandlerRegistry<HubSpotResourceSpec>),
};

export function handlerFor(kind: ResourceSpec["kind"]): KindHandler<ResourceSpec, any> {
  return handlers[kind] as KindHandler<ResourceSpec, any>;
}
