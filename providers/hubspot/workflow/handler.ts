/**
 * `hubspot:workflow`: an automation v4 flow that sets one property. Create adopts a flow with the
 * same name and object type; update re-reads the revisionId and PUTs the whole flow.
 */
import type { HubSpotWorkflowSpec } from "../../../specs";
import { BowtieProviderError } from "../../core/errors";
import type { KindHandler } from "../../core/kind";
import { openSession } from "../client";
import { createFlow, deleteFlow, tryGetFlow, updateFlow, type Flow } from "./api";
import { type HubSpotWorkflowState } from "./descriptor";
import { flowToSpec, specToFlow } from "./flow-shape";

type Spec = HubSpotWorkflowSpec;
type State = HubSpotWorkflowState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });
const stateFrom = (flow: Flow, name: string): State => ({ ...flowToSpec(flow, name), flowId: flow.id });

export const workflowHandler: KindHandler<Spec, State> = {
  async create(news, ctx, found) {
    const session = openSession(ctx, site(news));
    if (found) {
      const live = (await tryGetFlow(session, site(news), found.id))!;
      const updated = await updateFlow(session, site(news), live.id, live.revisionId, specToFlow(news));
      return { id: updated.id, outs: stateFrom(updated, news.name) };
    }
    const created = await createFlow(session, site(news), specToFlow(news));
    return { id: created.id, outs: stateFrom(created, news.name) };
  },

  async read(id, olds, ctx) {
    const flow = await tryGetFlow(openSession(ctx, site(olds)), site(olds), id);
    return flow ? stateFrom(flow, olds.name) : undefined;
  },

  async update(id, _olds, news, ctx) {
    const session = openSession(ctx, site(news));
    const live = await tryGetFlow(session, site(news), id);
    if (!live) {
      throw new BowtieProviderError({
        resource: news.name,
        code: "HUBSPOT_WORKFLOW_MISSING",
        message: `Workflow ${id} no longer exists in HubSpot.`,
        fix: "Run `pulumi refresh` (or `pulumi up --refresh`) so Bowtie recreates it.",
      });
    }
    return stateFrom(await updateFlow(session, site(news), id, live.revisionId, specToFlow(news)), news.name);
  },

  async delete(id, olds, ctx) {
    await deleteFlow(openSession(ctx, site(olds)), site(olds), id);
  },
};
