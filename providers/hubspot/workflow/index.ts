import type { HubSpotWorkflowSpec } from "../../../specs";
import { workflowSchema } from "../../../specs/hubspot/workflow";
import type { KindDefinition } from "../../core/kind";
import { openSession } from "../client";
import { listFlows } from "./api";
import { workflowDescriptor, type HubSpotWorkflowState } from "./descriptor";
import { workflowHandler } from "./handler";

/** `hubspot:workflow`: an automation v4 flow; adopted by name and object type. */
export const workflowKind: KindDefinition<HubSpotWorkflowSpec, HubSpotWorkflowState> = {
  kind: "hubspot:workflow",
  schema: workflowSchema,
  token: { module: "hubspot", type: "Workflow" },
  descriptor: workflowDescriptor,
  handler: workflowHandler,
  report: { title: (s) => `Workflow ${s.label}`, owner: "HubSpot super admin", deleteImpact: () => "destroy" },
  async locate(spec, ctx) {
    const site = { resource: spec.name };
    const flow = (await listFlows(openSession(ctx, site), site)).find((f) => f.name === spec.label && (f.objectTypeId ?? "0-1") === spec.objectTypeId);
    if (!flow) return undefined;
    const state = await workflowHandler.read(flow.id, { ...spec, flowId: flow.id }, ctx);
    return state && { id: flow.id, state };
  },
  foundational: false,
};
