/**
 * The HubSpot pipeline calls this kind uses. Stages change one by one so their ids survive. Every
 * delete asks HubSpot to validate references first (v3 defaults the flags to false, and then deletes
 * a stage records are in, leaving them on a stage id that no longer exists).
 */
import type { HubSpotPipelineSpec, HubSpotPipelineStageSpec } from "../../../specs";
import { call, isNotFound, request, type HubSpotSession } from "../client";
import type { FailureSite } from "../errors";
import type { LivePipeline } from "./plan";

type ObjectType = HubSpotPipelineSpec["objectType"];

function asLive(p: { id: string; label: string; displayOrder: number; stages: Array<{ id: string; label: string; displayOrder: number; metadata?: Record<string, string> }> }): LivePipeline {
  return {
    id: p.id,
    label: p.label,
    displayOrder: p.displayOrder,
    stages: p.stages.map((s) => ({ id: s.id, label: s.label, displayOrder: s.displayOrder, metadata: { ...(s.metadata ?? {}) } })),
  };
}

const stageInput = (s: HubSpotPipelineStageSpec) => ({ label: s.label, displayOrder: s.displayOrder, metadata: s.metadata });

export async function listPipelines(session: HubSpotSession, site: FailureSite, objectType: ObjectType): Promise<LivePipeline[]> {
  const page = await call(session, site, (client, options) => client.crm.pipelines.pipelinesApi.getAll(objectType, options));
  return page.results.map(asLive);
}

/** The pipeline, or undefined when it no longer exists. */
export async function tryGetPipeline(session: HubSpotSession, site: FailureSite, objectType: ObjectType, id: string): Promise<LivePipeline | undefined> {
  try {
    return asLive(await call(session, site, (client, options) => client.crm.pipelines.pipelinesApi.getById(objectType, id, options)));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function createPipeline(session: HubSpotSession, site: FailureSite, spec: HubSpotPipelineSpec): Promise<LivePipeline> {
  const created = await call(session, site, (client, options) =>
    client.crm.pipelines.pipelinesApi.create(spec.objectType, { label: spec.label, displayOrder: spec.displayOrder, stages: spec.stages.map(stageInput) }, options),
  );
  return asLive(created);
}

export async function patchPipeline(session: HubSpotSession, site: FailureSite, objectType: ObjectType, id: string, patch: { label: string; displayOrder: number }): Promise<void> {
  await call(session, site, (client, options) => client.crm.pipelines.pipelinesApi.update(objectType, id, patch, undefined, undefined, options));
}

export async function addStage(session: HubSpotSession, site: FailureSite, objectType: ObjectType, pipelineId: string, stage: HubSpotPipelineStageSpec): Promise<string> {
  const created = await call(session, site, (client, options) => client.crm.pipelines.pipelineStagesApi.create(objectType, pipelineId, stageInput(stage), options));
  return created.id;
}

export async function replaceStage(session: HubSpotSession, site: FailureSite, objectType: ObjectType, pipelineId: string, stageId: string, stage: HubSpotPipelineStageSpec): Promise<void> {
  await call(session, site, (client, options) => client.crm.pipelines.pipelineStagesApi.replace(objectType, pipelineId, stageId, stageInput(stage), options));
}

/** Deletes a stage only if no record is in it: the generated client has no `validateReferencesBeforeDelete`, so this goes through `apiRequest`. */
export async function removeStage(session: HubSpotSession, site: FailureSite, objectType: ObjectType, pipelineId: string, stageId: string): Promise<void> {
  const path = `/crm/v3/pipelines/${objectType}/${encodeURIComponent(pipelineId)}/stages/${encodeURIComponent(stageId)}`;
  await request<void>(session, site, { method: "DELETE", path, qs: { validateReferencesBeforeDelete: "true" } });
}

/** Deletes the pipeline; HubSpot refuses when records still use it (both validate flags are set). */
export async function deletePipeline(session: HubSpotSession, site: FailureSite, objectType: ObjectType, id: string): Promise<void> {
  try {
    await call(session, site, (client, options) => client.crm.pipelines.pipelinesApi.archive(objectType, id, true, objectType === "deals", options));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
