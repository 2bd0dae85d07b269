/**
 * `/crm/v3/pipelines/{deals|tickets}`: pipelines, stages and audit. PUT replaces the stage list
 * (stages keep their id when the input names it, else when the label matches). Removing a stage or
 * pipeline that records use is refused only when a validate flag is set (v3 defaults them to
 * false); without one it goes, and its records keep a stage id that no longer exists.
 */
import { conflict, errorBody, HubSpotHttpError, noContent, notFound, now, ok, route, validationError, type HubSpotRoute, type HubSpotRequest } from "../http";
import { describeUsage, liveRecords, usageOf } from "../records";
import { nextId, type PipelineObjectType, type PortalState, type SandboxPipeline, type SandboxStage } from "../state";

const pipelineObjectTypes: Record<string, PipelineObjectType> = { deals: "deals", "0-3": "deals", tickets: "tickets", "0-5": "tickets" };

/** The record properties that hold a record's pipeline and stage. */
export const pipelineFields: Record<PipelineObjectType, { pipeline: string; stage: string }> = {
  deals: { pipeline: "pipeline", stage: "dealstage" },
  tickets: { pipeline: "hs_pipeline", stage: "hs_pipeline_stage" },
};

function requirePipelineType(raw: string): PipelineObjectType {
  const objectType = pipelineObjectTypes[raw];
  if (!objectType) throw validationError(`Pipelines are not supported for object type ${raw}`);
  return objectType;
}

function findPipeline(state: PortalState, objectType: PipelineObjectType, id: string): SandboxPipeline {
  const pipeline = state.pipelines[objectType].find((p) => p.id === id && !p.archived);
  if (!pipeline) throw notFound(`Unable to find pipeline ${id} for object type ${objectType}`);
  return pipeline;
}

function stageMetadata(objectType: PipelineObjectType, raw: unknown, label: string): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) metadata[key] = String(value);
  if (objectType === "deals") {
    const probability = Number(metadata.probability);
    if (metadata.probability === undefined || Number.isNaN(probability) || probability < 0 || probability > 1) {
      throw validationError(`Deal stage ${label} needs metadata.probability between 0.0 and 1.0`, {
        subCategory: "PipelineError.INVALID_PROBABILITY",
        context: { probability: [String(metadata.probability)] },
      });
    }
    metadata.isClosed = metadata.isClosed === "true" ? "true" : "false";
  } else {
    if (metadata.ticketState !== "OPEN" && metadata.ticketState !== "CLOSED") {
      throw validationError(`Ticket stage ${label} needs metadata.ticketState OPEN or CLOSED`, {
        subCategory: "PipelineError.INVALID_TICKET_STATE",
      });
    }
    metadata.isClosed = String(metadata.ticketState === "CLOSED");
  }
  return metadata;
}

function buildStage(state: PortalState, objectType: PipelineObjectType, raw: any, existing?: SandboxStage): SandboxStage {
  if (typeof raw?.label !== "string" || raw.label === "") throw validationError("Every stage needs a label");
  const timestamp = now();
  return {
    id: existing?.id ?? nextId(state),
    label: raw.label,
    displayOrder: typeof raw.displayOrder === "number" ? raw.displayOrder : 0,
    metadata: stageMetadata(objectType, raw.metadata, raw.label),
    createdAt: existing?.createdAt ?? timestamp,
    updatedAt: timestamp,
    archived: false,
    writePermissions: "CRM_PERMISSIONS_ENFORCEMENT",
  };
}

function requireUniqueLabels(stages: readonly SandboxStage[]): void {
  const labels = stages.map((s) => s.label.toLowerCase());
  const duplicate = labels.find((label, i) => labels.indexOf(label) !== i);
  if (duplicate) throw validationError(`Stage labels must be unique in a pipeline: ${duplicate}`, { subCategory: "PipelineError.DUPLICATE_STAGE_LABEL" });
}

function requireUniqueLabel(state: PortalState, objectType: PipelineObjectType, label: string, exceptId?: string): void {
  if (state.pipelines[objectType].some((p) => !p.archived && p.id !== exceptId && p.label.toLowerCase() === label.toLowerCase())) {
    throw conflict(`A pipeline with label ${label} already exists for ${objectType}.`);
  }
}

function stagesInUse(state: PortalState, objectType: PipelineObjectType, pipelineId: string, stageIds: string[]): Map<string, number> {
  const fields = pipelineFields[objectType];
  return usageOf(state, objectType, fields.stage, stageIds, (record) => record.properties[fields.pipeline] === pipelineId);
}

function refuseStagesInUse(usage: Map<string, number>, objectType: PipelineObjectType): void {
  if (usage.size === 0) return;
  throw new HubSpotHttpError(
    400,
    errorBody({
      message: `Stage IDs ${[...usage.keys()].join(", ")} are in use by ${objectType}: ${describeUsage(usage, objectType)}`,
      category: "VALIDATION_ERROR",
      subCategory: "PipelineError.STAGE_IN_USE",
      errors: [...usage].map(([stageId, count]) => ({
        message: `${count} ${objectType} are in stage ${stageId}`,
        code: "STAGE_IN_USE",
        context: { stageId: [stageId], count: [String(count)] },
      })),
      context: { stageIds: [...usage.keys()] },
    }),
  );
}

/** A pipeline delete or replace checks usage with either flag; a stage delete has only `validateReferencesBeforeDelete`. */
const validating = (req: HubSpotRequest) =>
  req.query.get("validateReferencesBeforeDelete") === "true" || req.query.get("validateDealStageUsagesBeforeDelete") === "true";
const validatingStageDelete = (req: HubSpotRequest) => req.query.get("validateReferencesBeforeDelete") === "true";

function audit(state: PortalState, pipeline: SandboxPipeline, action: string): void {
  (state.audits[pipeline.id] ??= []).push({
    identifier: pipeline.id,
    action,
    timestamp: now(),
    message: `Pipeline ${pipeline.label} ${action.toLowerCase()}d`,
    portalId: state.portalId,
    rawObject: JSON.parse(JSON.stringify(pipeline)),
  });
}

/** PUT semantics: the input's stage list replaces the pipeline's. */
function replaceStages(state: PortalState, objectType: PipelineObjectType, pipeline: SandboxPipeline, req: HubSpotRequest): void {
  const input: any[] = req.body?.stages;
  if (!Array.isArray(input) || input.length === 0) throw validationError("A pipeline needs at least one stage");
  const next = input.map((raw) => {
    const existing =
      pipeline.stages.find((s) => s.id === (raw.stageId ?? raw.id)) ?? pipeline.stages.find((s) => s.label === raw.label);
    return buildStage(state, objectType, raw, existing);
  });
  requireUniqueLabels(next);
  const removed = pipeline.stages.map((s) => s.id).filter((id) => !next.some((s) => s.id === id));
  if (validating(req)) refuseStagesInUse(stagesInUse(state, objectType, pipeline.id, removed), objectType);
  pipeline.stages = next;
}

export const pipelineRoutes: HubSpotRoute[] = [
  route("GET", "/crm/v3/pipelines/:objectType", (req, { state }) =>
    ok({ results: state.pipelines[requirePipelineType(req.params.objectType!)].filter((p) => !p.archived) }),
  ),
  route("POST", "/crm/v3/pipelines/:objectType", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const { label, displayOrder } = req.body ?? {};
    if (typeof label !== "string" || label === "") throw validationError("A pipeline needs a label");
    requireUniqueLabel(ctx.state, objectType, label);
    const timestamp = now();
    const pipeline: SandboxPipeline = { id: nextId(ctx.state), label, displayOrder: displayOrder ?? 0, stages: [], createdAt: timestamp, updatedAt: timestamp, archived: false };
    replaceStages(ctx.state, objectType, pipeline, req);
    ctx.state.pipelines[objectType].push(pipeline);
    audit(ctx.state, pipeline, "CREATE");
    ctx.changed = true;
    return ok(pipeline, 201);
  }),
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId", (req, { state }) =>
    ok(findPipeline(state, requirePipelineType(req.params.objectType!), req.params.pipelineId!)),
  ),
  route("PUT", "/crm/v3/pipelines/:objectType/:pipelineId", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
    const { label, displayOrder } = req.body ?? {};
    if (typeof label !== "string" || label === "") throw validationError("A pipeline needs a label");
    requireUniqueLabel(ctx.state, objectType, label, pipeline.id);
    replaceStages(ctx.state, objectType, pipeline, req);
    Object.assign(pipeline, { label, displayOrder: displayOrder ?? pipeline.displayOrder, updatedAt: now() });
    audit(ctx.state, pipeline, "UPDATE");
    ctx.changed = true;
    return ok(pipeline);
  }),
  route("PATCH", "/crm/v3/pipelines/:objectType/:pipelineId", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
    const { label, displayOrder } = req.body ?? {};
    if (label !== undefined) {
      requireUniqueLabel(ctx.state, objectType, label, pipeline.id);
      pipeline.label = label;
    }
    if (displayOrder !== undefined) pipeline.displayOrder = displayOrder;
    pipeline.updatedAt = now();
    audit(ctx.state, pipeline, "UPDATE");
    ctx.changed = true;
    return ok(pipeline);
  }),
  route("DELETE", "/crm/v3/pipelines/:objectType/:pipelineId", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
    if (ctx.state.pipelines[objectType].filter((p) => !p.archived).length === 1) {
      throw validationError(`Cannot delete the only ${objectType} pipeline`, { subCategory: "PipelineError.LAST_PIPELINE" });
    }
    if (validating(req)) {
      const inPipeline = liveRecords(ctx.state, objectType).filter((r) => r.properties[pipelineFields[objectType].pipeline] === pipeline.id);
      if (inPipeline.length > 0) refuseStagesInUse(stagesInUse(ctx.state, objectType, pipeline.id, pipeline.stages.map((s) => s.id)), objectType);
    }
    pipeline.archived = true;
    audit(ctx.state, pipeline, "DELETE");
    ctx.changed = true;
    return noContent();
  }),
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId/audit", (req, { state }) => {
    const pipelineId = req.params.pipelineId!;
    if (!state.audits[pipelineId] && !state.pipelines[requirePipelineType(req.params.objectType!)].some((p) => p.id === pipelineId)) {
      throw notFound(`Unable to find pipeline ${pipelineId}`);
    }
    return ok({ results: [...(state.audits[pipelineId] ?? [])].reverse() });
  }),
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId/stages", (req, { state }) =>
    ok({ results: findPipeline(state, requirePipelineType(req.params.objectType!), req.params.pipelineId!).stages }),
  ),
  route("POST", "/crm/v3/pipelines/:objectType/:pipelineId/stages", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
    const created = buildStage(ctx.state, objectType, req.body);
    requireUniqueLabels([...pipeline.stages, created]);
    pipeline.stages.push(created);
    pipeline.updatedAt = now();
    audit(ctx.state, pipeline, "UPDATE");
    ctx.changed = true;
    return ok(created, 201);
  }),
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", (req, { state }) => {
    const pipeline = findPipeline(state, requirePipelineType(req.params.objectType!), req.params.pipelineId!);
    const found = pipeline.stages.find((s) => s.id === req.params.stageId);
    if (!found) throw notFound(`Unable to find stage ${req.params.stageId} in pipeline ${pipeline.id}`);
    return ok(found);
  }),
  ...(["PUT", "PATCH"] as const).map((method) =>
    route(method, "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", (req, ctx) => {
      const objectType = requirePipelineType(req.params.objectType!);
      const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
      const index = pipeline.stages.findIndex((s) => s.id === req.params.stageId);
      if (index < 0) throw notFound(`Unable to find stage ${req.params.stageId} in pipeline ${pipeline.id}`);
      const current = pipeline.stages[index]!;
      const merged = method === "PUT" ? req.body : { label: current.label, displayOrder: current.displayOrder, ...req.body, metadata: { ...current.metadata, ...req.body?.metadata } };
      const updated = buildStage(ctx.state, objectType, merged, current);
      const stages = pipeline.stages.map((s, i) => (i === index ? updated : s));
      requireUniqueLabels(stages);
      pipeline.stages = stages;
      pipeline.updatedAt = now();
      audit(ctx.state, pipeline, "UPDATE");
      ctx.changed = true;
      return ok(updated);
    }),
  ),
  route("DELETE", "/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId", (req, ctx) => {
    const objectType = requirePipelineType(req.params.objectType!);
    const pipeline = findPipeline(ctx.state, objectType, req.params.pipelineId!);
    const stageId = req.params.stageId!;
    if (!pipeline.stages.some((s) => s.id === stageId)) throw notFound(`Unable to find stage ${stageId} in pipeline ${pipeline.id}`);
    if (validatingStageDelete(req)) refuseStagesInUse(stagesInUse(ctx.state, objectType, pipeline.id, [stageId]), objectType);
    if (pipeline.stages.length === 1) throw validationError("A pipeline needs at least one stage");
    pipeline.stages = pipeline.stages.filter((s) => s.id !== stageId);
    pipeline.updatedAt = now();
    audit(ctx.state, pipeline, "UPDATE");
    ctx.changed = true;
    return noContent();
  }),
];
