/**
 * HubSpot handlers, one per `HubSpotResourceSpec` kind. The registry's type makes a missing kind a
 * compile error.
 */
import type { HubSpotResourceSpec } from "../../lifecycle/resources";
import type { KindHandler } from "../core/kind";
import { pipelineHandler } from "./pipeline/handler";
import { propertyOptionsHandler } from "./property-options/handler";
import { workflowHandler } from "./workflow/handler";

export const hubspotHandlers: { [K in HubSpotResourceSpec["kind"]]: KindHandler<Extract<HubSpotResourceSpec, { kind: K }>, any> } = {
  "hubspot:property-options": propertyOptionsHandler,
  "hubspot:pipeline": pipelineHandler,
  "hubspot:workflow": workflowHandler,
};
