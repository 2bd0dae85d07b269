/**
 * The Pulumi program: compiles the architecture for each target CRM of the stack and declares one
 * resource per compiled spec. Configuration (namespace `bowtie`):
 *   architecture  path of the architecture module, relative to the project (default: the default architecture)
 *   targets       ["salesforce"], ["hubspot"] or both (default)
 * plus the connection settings read by the providers at run time (see providers/core/settings.ts).
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { compile } from "../lifecycle/compile";
import { loadArchitecture } from "../lifecycle/load";
import { renderProblems } from "../lifecycle/problems";
import type { ResourceSpec, Target } from "../specs";
import { definitionOf } from "../providers/kinds";
import { CrmResource } from "../providers/resource";
import { stackTargets } from "./targets";

const projectRoot = path.resolve(__dirname, "..");
const config = new pulumi.Config("bowtie");
const architectureFile = config.get("architecture") ?? "lifecycle/default-architecture.ts";
const loaded = loadArchitecture(path.resolve(projectRoot, architectureFile));
if (!loaded.ok) throw new pulumi.RunError(renderProblems(loaded.problems, architectureFile));

/** Value sets, fields, options and pipelines first: processes, rules and flows refer to their values. */
function declare(specs: ResourceSpec[]): number {
  const isFoundation = (spec: ResourceSpec) => definitionOf(spec.kind).foundational;
  const foundation = specs.filter(isFoundation).map((spec) => new CrmResource(spec));
  const dependents = specs.filter((spec) => !isFoundation(spec));
  for (const spec of dependents) new CrmResource(spec, { dependsOn: foundation });
  return foundation.length + dependents.length;
}

const targets: Target[] = stackTargets(config.getObject<string[]>("targets"));
/** How many CRM resources the stack manages, per target. */
export const resourceCounts = Object.fromEntries(targets.map((target) => [target, declare(compile(loaded.architecture, target))]));
