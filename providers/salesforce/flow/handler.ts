import type { SalesforceFlowSpec } from "../../../specs";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { openPort } from "../port";
import { deploysFlowsActive, pendingActivation, reportActivation } from "./activation";
import { deleteFlow, deployFlow, readFlow } from "./api";

export const flowResource = (spec: SalesforceFlowSpec) => `Salesforce flow ${spec.flowName} (${spec.name})`;

/** Deploys the flow where it differs; says so when the org leaves an active flow for an admin to activate. */
async function apply(news: SalesforceFlowSpec, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, news.name, flowResource(news));
  const deploysActive = await deploysFlowsActive(port);
  await deployFlow(port, news, deploysActive);
  reportActivation(news, deploysActive, ctx);
}

/**
 * A record-triggered Flow. Each create/update deploys a new version and prunes inactive versions
 * beyond the newest few (Salesforce caps versions per flow);
 * `active: false` leaves no version active; delete deactivates and then deletes the inactive versions.
 * In a production org that deploys flows inactive, an active spec is deployed, reported with
 * `activation-required`, and an inactive latest version reads as pending activation, not drift.
 */
export const flowHandler: KindHandler<SalesforceFlowSpec> = {
  async create(news, ctx) {
    await apply(news, ctx);
    return { id: news.flowName, outs: news };
  },
  async read(_id, olds, ctx) {
    const port = openPort(ctx, olds.name, flowResource(olds));
    const live = await readFlow(port, olds);
    if (!live || !olds.active || live.active) return live;
    const deploysActive = await deploysFlowsActive(port);
    reportActivation(olds, deploysActive, ctx);
    return pendingActivation(live, olds, deploysActive);
  },
  async update(_id, _olds, news, ctx) {
    await apply(news, ctx);
    return news;
  },
  delete: (_id, olds, ctx) => deleteFlow(openPort(ctx, olds.name, flowResource(olds)), olds.flowName),
};
