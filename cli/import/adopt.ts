/**
 * What `pulumi preview --refresh` would show for a spec right after Bowtie adopted the CRM object
 * it names: the state adoption would record, read back from the CRM (`handler.read`), compared
 * with the spec (`handler.diff`). Adoption is emulated without writing anything: each kind finds
 * its object the way its handler's `create` does.
 */
import type { HubSpotPipelineSpec, HubSpotWorkflowSpec, ResourceSpec } from "../../lifecycle/resources";
import type { HandlerContext } from "../../providers/core/kind";
import { openSession } from "../../providers/hubspot/client";
import { listPipelines } from "../../providers/hubspot/pipeline/api";
import type { HubSpotPipelineState } from "../../providers/hubspot/pipeline/descriptor";
import { matchStages, pipelineToAdopt } from "../../providers/hubspot/pipeline/plan";
import { listFlows } from "../../providers/hubspot/workflow/api";
import { handlerFor } from "../../providers/registry";
import { fullNameOf as fieldFullName } from "../../providers/salesforce/picklist-field/descriptor";
import { processFullName } from "../../providers/salesforce/sales-process/descriptor";
import { fullNameOf as ruleFullName } from "../../providers/salesforce/validation-rule/descriptor";

/** The id and (read-back) state Pulumi would hold after adopting the object; undefined when there is none to adopt. */
export interface Adopted {
  id: string;
  state: Record<string, unknown>;
}

type Adopter<S extends ResourceSpec> = (spec: S, ctx: HandlerContext) => Promise<Adopted | undefined>;

async function readAs(id: string, olds: { kind: ResourceSpec["kind"] }, ctx: HandlerContext): Promise<Adopted | undefined> {
  const state = await handlerFor(olds.kind).read(id, olds, ctx);
  return state === undefined ? undefined : { id, state };
}

const byId = <S extends ResourceSpec>(idOf: (spec: S) => string): Adopter<S> => (spec, ctx) => readAs(idOf(spec), spec, ctx);

/** A pipeline is adopted by label (or stage ids), its stages matched to keys as `create` does. */
async function adoptPipeline(spec: HubSpotPipelineSpec, ctx: HandlerContext): Promise<Adopted | undefined> {
  const site = { resource: spec.name };
  const live = pipelineToAdopt(await listPipelines(openSession(ctx, site), site, spec.objectType), spec);
  if (!live) return undefined;
  const adopted: HubSpotPipelineState = { ...spec, pipelineId: live.id, stageIds: matchStages(live.stages, spec.stages, {}) };
  return readAs(live.id, adopted, ctx);
}

/** A workflow is adopted by name and object type, as `create` does. */
async function adoptWorkflow(spec: HubSpotWorkflowSpec, ctx: HandlerContext): Promise<Adopted | undefined> {
  const site = { resource: spec.name };
  const flow = (await listFlows(openSession(ctx, site), site)).find((f) => f.name === spec.label && (f.objectTypeId ?? "0-1") === spec.objectTypeId);
  return flow ? readAs(flow.id, spec, ctx) : undefined;
}

/** One adopter per kind: adding a kind without one fails to compile. */
const adopters: { [K in ResourceSpec["kind"]]: Adopter<Extract<ResourceSpec, { kind: K }>> } = {
  "salesforce:value-set": byId((s) => s.valueSetName),
  "salesforce:picklist-field": byId((s) => fieldFullName(s)),
  "salesforce:sales-process": byId((s) => processFullName(s)),
  "salesforce:validation-rule": byId((s) => ruleFullName(s)),
  "salesforce:flow": byId((s) => s.flowName),
  "hubspot:property-options": byId((s) => `${s.objectType}/${s.property}`),
  "hubspot:pipeline": adoptPipeline,
  "hubspot:workflow": adoptWorkflow,
};

export function readAdopted(spec: ResourceSpec, ctx: HandlerContext): Promise<Adopted | undefined> {
  return (adopters[spec.kind] as Adopter<ResourceSpec>)(spec, ctx);
}

/** One compiled spec compared with what it would adopt. */
export interface AdoptionCheck {
  spec: ResourceSpec;
  /** False when the CRM has nothing to adopt: the preview would create it. */
  exists: boolean;
  /** Top-level properties the preview would change (empty: no change). */
  changed: string[];
  /** Set when the diff itself fails, e.g. a value to retire still holds records. */
  error?: string;
}

/** Checks every spec; never writes to the CRM. */
export async function checkAdoption(specs: readonly ResourceSpec[], ctx: HandlerContext): Promise<AdoptionCheck[]> {
  const checks: AdoptionCheck[] = [];
  for (const spec of specs) {
    const adopted = await readAdopted(spec, ctx);
    if (!adopted) {
      checks.push({ spec, exists: false, changed: [] });
      continue;
    }
    try {
      const diff = await handlerFor(spec.kind).diff(adopted.id, adopted.state, spec, ctx);
      checks.push({ spec, exists: true, changed: diff.changes ? diff.changed : [] });
    } catch (error) {
      checks.push({ spec, exists: true, changed: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  return checks;
}

/** True when previewing would show nothing for this spec. */
export const unchanged = (check: AdoptionCheck): boolean => check.exists && check.changed.length === 0 && check.error === undefined;
