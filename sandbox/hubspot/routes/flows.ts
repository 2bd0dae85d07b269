/**
 * `/automation/v4/flows`: list (paged), get, create, update (PUT, which needs the current
 * `revisionId` and bumps it), delete and batch read, for CONTACT_FLOW and PLATFORM_FLOW. Bodies are
 * checked against the contract before they get here (sandbox/hubspot/contract/flows.ts); these routes
 * add what the schema cannot say. Answers have HubSpot's flow shape: the server fields
 * (`crmObjectCreationStatus`, `nextAvailableActionId`, …) and the creation fields a PUT cannot change.
 * Filters are stored as HubSpot keeps them: a filter tree rooted in an OR branch (an AND root is
 * wrapped in one).
 */
import { batchReply, errorBody, HubSpotHttpError, noContent, notFound, now, ok, route, validationError, type HubSpotRoute } from "../http";
import { nextId, type PortalState, type SandboxFlow } from "../state";

/** Enrolled object types the sandbox knows: contacts, companies, deals, tickets. */
const objectTypeIds = ["0-1", "0-2", "0-3", "0-5"];

function findFlow(state: PortalState, flowId: string): SandboxFlow {
  const flow = state.flows.find((f) => f.id === flowId);
  if (!flow) throw notFound(`Could not find flow with id ${flowId}`);
  return flow;
}

function validateActions(actions: any[]): void {
  const ids = new Set<string>();
  for (const action of actions) {
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

function validateObjectType(type: string, objectTypeId: string): void {
  if (type === "CONTACT_FLOW" && objectTypeId !== "0-1") throw validationError("A CONTACT_FLOW enrolls contacts: objectTypeId must be 0-1", { context: { field: ["objectTypeId"] } });
  if (!objectTypeIds.includes(objectTypeId)) throw validationError(`Unsupported objectTypeId ${objectTypeId}`, { context: { field: ["objectTypeId"] } });
}

/** A filter tree as HubSpot stores it: rooted in an OR branch. */
function orRooted(branch: any): any {
  if (!branch || branch.filterBranchType === "OR") return branch;
  return { filterBranchType: "OR", filterBranchOperator: "OR", filters: [], filterBranches: [branch] };
}

function stored(body: any): Record<string, any> {
  const { revisionId: _revision, ...fields } = body;
  const actions = (fields.actions as any[]).map((action) =>
    action.type === "LIST_BRANCH" ? { ...action, listBranches: action.listBranches.map((b: any) => (b.filterBranch ? { ...b, filterBranch: orRooted(b.filterBranch) } : b)) } : action,
  );
  const criteria = fields.enrollmentCriteria?.type === "LIST_BASED" ? { ...fields.enrollmentCriteria, listFilterBranch: orRooted(fields.enrollmentCriteria.listFilterBranch) } : fields.enrollmentCriteria;
  return { ...fields, actions, ...(criteria ? { enrollmentCriteria: criteria } : {}) };
}

/** The next id HubSpot would give an action: one past the highest numeric id. */
const nextActionId = (actions: any[]) => String(actions.reduce((max, a) => Math.max(max, Number(a.actionId) || 0), 0) + 1);

function listing(flow: SandboxFlow) {
  const { id, isEnabled, flowType, revisionId, name, createdAt, updatedAt, objectTypeId } = flow;
  return { id, isEnabled, flowType, revisionId, name, createdAt, updatedAt, objectTypeId };
}

export const flowRoutes: HubSpotRoute[] = [
  route("GET", "/automation/v4/flows", (req, { state }) => {
    const limit = Math.min(Number(req.query.get("limit") ?? 100), 100);
    const offset = Number(req.query.get("after") ?? 0);
    const page = state.flows.slice(offset, offset + limit).map(listing);
    const next = offset + limit < state.flows.length ? { paging: { next: { after: String(offset + limit), link: "" } } } : {};
    return ok({ results: page, ...next });
  }),
  route("POST", "/automation/v4/flows/batch/read", (req, { state }) => {
    const startedAt = now();
    const ids: string[] = req.body.inputs.map((input: { flowId: string }) => input.flowId);
    return batchReply(state.flows.filter((f) => ids.includes(f.id)), startedAt);
  }),
  route("POST", "/automation/v4/flows", (req, ctx) => {
    validateObjectType(req.body.type, req.body.objectTypeId);
    validateActions(req.body.actions);
    const timestamp = now();
    const fields = stored(req.body);
    const flow: SandboxFlow = {
      ...fields,
      type: req.body.type,
      objectTypeId: req.body.objectTypeId,
      flowType: req.body.flowType,
      dataSources: req.body.dataSources,
      id: nextId(ctx.state),
      revisionId: "1",
      createdAt: timestamp,
      updatedAt: timestamp,
      crmObjectCreationStatus: "COMPLETE",
      nextAvailableActionId: nextActionId(req.body.actions),
    };
    ctx.state.flows.push(flow);
    ctx.changed = true;
    return ok(flow, 201);
  }),
  route("GET", "/automation/v4/flows/:flowId", (req, { state }) => ok(findFlow(state, req.params.flowId!))),
  route("PUT", "/automation/v4/flows/:flowId", (req, ctx) => {
    const flow = findFlow(ctx.state, req.params.flowId!);
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
    if (req.body.type !== flow.type) throw validationError("The type of a flow cannot change", { context: { field: ["type"] } });
    validateActions(req.body.actions);
    const updated: SandboxFlow = {
      ...stored(req.body),
      type: flow.type,
      objectTypeId: flow.objectTypeId,
      flowType: flow.flowType,
      dataSources: flow.dataSources,
      id: flow.id,
      revisionId: String(Number(flow.revisionId) + 1),
      createdAt: flow.createdAt,
      updatedAt: now(),
      crmObjectCreationStatus: flow.crmObjectCreationStatus,
      nextAvailableActionId: nextActionId(req.body.actions),
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
