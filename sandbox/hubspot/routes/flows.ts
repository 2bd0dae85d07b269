/**
 * `/automation/v4/flows`: list (paged), get, create, update (PUT, which needs the current
 * `revisionId` and bumps it), delete and batch read, for CONTACT_FLOW and PLATFORM_FLOW.
 */
import { batchReply, errorBody, HubSpotHttpError, noContent, notFound, now, ok, route, validationError, type HubSpotRoute } from "../http";
import { nextId, type PortalState, type SandboxFlow } from "../state";

const flowTypes = ["CONTACT_FLOW", "PLATFORM_FLOW"];
const objectTypeIds = ["0-1", "0-2", "0-3", "0-5"];
/** Fields the server owns: a client cannot set them. */
const serverFields = ["id", "revisionId", "createdAt", "updatedAt", "flowType"];

function findFlow(state: PortalState, flowId: string): SandboxFlow {
  const flow = state.flows.find((f) => f.id === flowId);
  if (!flow) throw notFound(`Could not find flow with id ${flowId}`);
  return flow;
}

function validateActions(actions: unknown): void {
  if (!Array.isArray(actions)) throw validationError("actions must be an array", { context: { field: ["actions"] } });
  const ids = new Set<string>();
  for (const action of actions as any[]) {
    if (typeof action?.actionId !== "string" || typeof action?.type !== "string") {
      throw validationError("Every action needs an actionId and a type", { context: { field: ["actions"] } });
    }
    if (ids.has(action.actionId)) throw validationError(`Duplicate actionId ${action.actionId}`);
    ids.add(action.actionId);
    if (action.type === "SINGLE_CONNECTION" && action.actionTypeId === "0-5") {
      const fields = action.fields ?? {};
      if (typeof fields.property_name !== "string" || fields.value?.type !== "STATIC_VALUE" || typeof fields.value?.staticValue !== "string") {
        throw validationError(`Set-property action ${action.actionId} needs fields.property_name and a STATIC_VALUE value`, {
          subCategory: "FlowError.INVALID_ACTION_FIELDS",
          context: { actionId: [action.actionId] },
        });
      }
    }
  }
}

function validateFlow(body: any): void {
  if (!flowTypes.includes(body?.type)) throw validationError(`type must be one of ${flowTypes.join(", ")}`, { context: { field: ["type"] } });
  if (body.type === "PLATFORM_FLOW" && !objectTypeIds.includes(body.objectTypeId)) {
    throw validationError("A PLATFORM_FLOW needs an objectTypeId", { context: { field: ["objectTypeId"] } });
  }
  if (typeof body.isEnabled !== "boolean") throw validationError("isEnabled is required", { context: { field: ["isEnabled"] } });
  validateActions(body.actions ?? []);
}

function clientFields(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !serverFields.includes(key)));
}

function summary(flow: SandboxFlow) {
  const { id, isEnabled, flowType, revisionId, name, createdAt, updatedAt, objectTypeId, type } = flow;
  return { id, isEnabled, flowType, revisionId, name, createdAt, updatedAt, objectTypeId, type };
}

export const flowRoutes: HubSpotRoute[] = [
  route("GET", "/automation/v4/flows", (req, { state }) => {
    const limit = Math.min(Number(req.query.get("limit") ?? 100), 100);
    const offset = Number(req.query.get("after") ?? 0);
    const page = state.flows.slice(offset, offset + limit).map(summary);
    const next = offset + limit < state.flows.length ? { paging: { next: { after: String(offset + limit), link: "" } } } : {};
    return ok({ results: page, ...next });
  }),
  route("POST", "/automation/v4/flows/batch/read", (req, { state }) => {
    const startedAt = now();
    const ids: string[] = (req.body?.inputs ?? []).map((input: { flowId: string }) => String(input.flowId));
    return batchReply(state.flows.filter((f) => ids.includes(f.id)), startedAt);
  }),
  route("POST", "/automation/v4/flows", (req, ctx) => {
    validateFlow(req.body);
    const timestamp = now();
    const flow: SandboxFlow = {
      ...clientFields(req.body),
      objectTypeId: req.body.type === "CONTACT_FLOW" ? "0-1" : req.body.objectTypeId,
      id: nextId(ctx.state),
      name: req.body.name ?? "Untitled workflow",
      type: req.body.type,
      flowType: "WORKFLOW",
      revisionId: "1",
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    ctx.state.flows.push(flow);
    ctx.changed = true;
    return ok(flow, 201);
  }),
  route("GET", "/automation/v4/flows/:flowId", (req, { state }) => ok(findFlow(state, req.params.flowId!))),
  route("PUT", "/automation/v4/flows/:flowId", (req, ctx) => {
    const flow = findFlow(ctx.state, req.params.flowId!);
    if (typeof req.body?.revisionId !== "string") throw validationError("revisionId is required", { context: { field: ["revisionId"] } });
    if (req.body.revisionId !== flow.revisionId) {
      throw new HubSpotHttpError(
        409,
        errorBody({
          message: `Flow ${flow.id} was changed since revision ${req.body.revisionId}; the current revision is ${flow.revisionId}`,
          category: "CONFLICT",
          subCategory: "FlowError.REVISION_ID_MISMATCH",
          context: { revisionId: [flow.revisionId] },
        }),
      );
    }
    validateFlow(req.body);
    if (req.body.type !== flow.type) throw validationError("The type of a flow cannot change", { context: { field: ["type"] } });
    const updated: SandboxFlow = {
      ...clientFields(req.body),
      objectTypeId: flow.objectTypeId,
      id: flow.id,
      name: req.body.name ?? flow.name,
      type: flow.type,
      flowType: "WORKFLOW",
      revisionId: String(Number(flow.revisionId) + 1),
      createdAt: flow.createdAt,
      updatedAt: now(),
    };
    ctx.state.flows = ctx.state.flows.map((f) => (f.id === flow.id ? updated : f));
    ctx.changed = true;
    return ok(updated);
  }),
  route("DELETE", "/automation/v4/flows/:flowId", (req, ctx) => {
    const flow = findFlow(ctx.state, req.params.flowId!);
    ctx.state.flows = ctx.state.flows.filter((f) => f.id !== flow.id);
    ctx.changed = true;
    return noContent();
  }),
];
