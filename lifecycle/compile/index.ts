import type { ResourceSpec, Target } from "../../specs";
import type { Architecture } from "../schema";
import { compileHubSpot } from "./hubspot";
import { compileSalesforce } from "./salesforce";

/**
 * The desired CRM resources for an architecture on one target. Pure and deterministic: the same
 * architecture always yields the same specs in the same order, and every `name` derives from
 * model keys (never labels), so a relabel is an update, not a replace.
 */
export function compile(architecture: Architecture, target: Target): ResourceSpec[] {
  return target === "salesforce" ? compileSalesforce(architecture) : compileHubSpot(architecture);
}

export { compileHubSpot, compileSalesforce };
