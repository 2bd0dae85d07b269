/**
 * The Pulumi program: compiles the architecture for each target CRM of the stack and declares one
 * resource per compiled spec. Configuration (namespace `bowtie`):
 *   architecture  path of the architecture module, relative to the project (default: the default architecture)
 *   targets       ["salesforce"], ["hubspot"] or both (default)
 *   lintErrors    fail (default) or warn: whether lint error findings stop the run (stacks/architecture.ts)
 * plus the connection settings read by the providers at run time (see providers/core/settings.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import { compile } from "../lifecycle/compile";
import { loadArchitecture } from "../lifecycle/load";
import { renderProblems } from "../lifecycle/problems";
import type { ResourceSpec, Target } from "../specs";
import { definitionOf } from "../providers/kinds";
import { CrmResource } from "../providers/resource";
import { crmLimitProblems, lintGate, lintModeOf, stackArchitectureFile } from "./architecture";
import { stackTargets } from "./targets";

const config = new pulumi.Config("bowtie");
const architecture = stackArchitectureFile(config.get("architecture"));
const loaded = loadArchitecture(architecture.absolute);
if (!loaded.ok) throw new pulumi.RunError(renderProblems(loaded.problems, architecture.file));
// Before any resource is declared, so no CRM is written (and no adoption is planned) for an architecture lint rejects.
const gate = lintGate(loaded.architecture, architecture.file, lintModeOf(config.get("lintErrors")));
if (gate.blocking) throw new pulumi.RunError(gate.blocking);
const targets: Target[] = stackTargets(config.getObject<string[]>("targets"));
const limits = crmLimitProblems(loaded.architecture, targets);
if (limits.length > 0) throw new pulumi.RunError(renderProblems(limits, architecture.file));

/** Value sets, fields, options and pipelines first: processes, rules and flows refer to their values. */
function declare(specs: ResourceSpec[]): number {
  const isFoundation = (spec: ResourceSpec) => definitionOf(spec.kind).foundational;
  const foundation = specs.filter(isFoundation).map((spec) => new CrmResource(spec));
  const dependents = specs.filter((spec) => !isFoundation(spec));
  for (const spec of dependents) new CrmResource(spec, { dependsOn: foundation });
  return foundation.length + dependents.length;
}

/** How many CRM resources the stack manages, per target. */
export const resourceCounts = Object.fromEntries(targets.map((target) => [target, declare(compile(loaded.architecture, target))]));
