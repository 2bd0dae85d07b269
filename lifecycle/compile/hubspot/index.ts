import type { HubSpotResourceSpec } from "../../../specs";
import type { Architecture } from "../../schema";
import { pipelines } from "./pipelines";
import { propertyOptions } from "./property-options";
import { workflows } from "./workflows";

/** HubSpot specs in build order: property options, pipelines, workflows. */
export function compileHubSpot(arch: Architecture): HubSpotResourceSpec[] {
  return [...propertyOptions(arch), ...pipelines(arch), ...workflows(arch)];
}
