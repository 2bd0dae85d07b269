/**
 * `hubspot:workflow`: an automation v4 flow that sets one property. Create adopts a flow with the
 * same name and object type; update re-reads the revisionId and PUTs the whole flow. When the flow
 * changed in between (409), it is read again and the PUT retried once with the current revision;
 * a second conflict stops with an error naming the workflow and the revision that got in the way.
 */
import type { HubSpotWorkflowSpec } from "../../../specs";
import { BowtieProviderError } from "../../core/errors";
import type { KindHandler } from "../../core/kind";
import { openSession, type HubSpotSession } from "../client";
import { createFlow, deleteFlow, tryGetFlow, updateFlow, type Flow } from "./api";
import { type HubSpotWorkflowState } from "./descriptor";
import { flowCreateBody, flowToSpec, flowUpdateBody } from "./flow-shape";

type Spec = HubSpotWorkflowSpec;
type State = HubSpotWorkflowState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });
const stateFrom = (flow: Flow, name: string): State => ({ ...flowToSpec(flow, name), flowId: flow.id });

async function requireFlow(session: HubSpotSession, spec: Spec, id: string): Promise<Flow> {
  const live = await tryGetFlow(session, site(spec), id);
  if (!live) {
    throw new BowtieProviderError({
      resource: spec.name,
      code: "HUBSPOT_WORKFLOW_MISSING",
      message: `Workflow ${id} no longer exists in HubSpot.`,
      fix: "Run `pulumi refresh` (or `pulumi up --refresh`) so Bowtie recreates it.",
    });
  }
  return live;
}

const isRevisionConflict = (error: unknown) => error instanceof BowtieProviderError && error.code === "HUBSPOT_REVISION_CONFLICT";

function conflictError(spec: Spec, latest: Flow, conflict: BowtieProviderError): BowtieProviderError {
  return new BowtieProviderError({
    resource: spec.name,
    code: "HUBSPOT_REVISION_CONFLICT",
    message: `Workflow "${latest.name}" (flow ${latest.id}) kept changing in HubSpot while Bowtie updated it: revision ${latest.revisionId}, saved at ${latest.updatedAt}, replaced the one Bowtie had just read, twice. Someone is editing it in HubSpot's workflow editor, or another integration is writing it.`,
    cause: conflict.cause ?? conflict.detail,
    fix: "Let the other edit finish, then run `up` again (Bowtie writes the whole workflow, so it replaces that edit), or leave the workflow to the other editor and remove it from the architecture.",
  });
}

/** PUTs the spec onto the flow at `live`'s revision; on a conflict reads the flow again and retries once. */
async function putFlow(session: HubSpotSession, spec: Spec, live: Flow): Promise<Flow> {
  try {
    return await updateFlow(session, site(spec), live.id, flowUpdateBody(spec, live.revisionId));
  } catch (error) {
    if (!isRevisionConflict(error)) throw error;
  }
  const current = await requireFlow(session, spec, live.id);
  try {
    return await updateFlow(session, site(spec), live.id, flowUpdateBody(spec, current.revisionId));
  } catch (error) {
    if (!isRevisionConflict(error)) throw error;
    throw conflictError(spec, (await tryGetFlow(session, site(spec), live.id)) ?? current, error as BowtieProviderError);
  }
}

export const workflowHandler: KindHandler<Spec, State> = {
  async create(news, ctx, found) {
    const session = openSession(ctx, site(news));
    if (found) return { id: found.id, outs: stateFrom(await putFlow(session, news, await requireFlow(session, news, found.id)), news.name) };
    const created = await createFlow(session, site(news), flowCreateBody(news));
    return { id: created.id, outs: stateFrom(created, news.name) };
  },

  async read(id, olds, ctx) {
    const flow = await tryGetFlow(openSession(ctx, site(olds)), site(olds), id);
    return flow ? stateFrom(flow, olds.name) : undefined;
  },

  async update(id, _olds, news, ctx) {
    const session = openSession(ctx, site(news));
    return stateFrom(await putFlow(session, news, await requireFlow(session, news, id)), news.name);
  },

  async delete(id, olds, ctx) {
    await deleteFlow(openSession(ctx, site(olds)), site(olds), id);
  },
};
