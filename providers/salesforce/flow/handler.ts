import type { SalesforceFlowSpec } from "../../../specs";
import type { KindHandler } from "../../core/kind";
import { openPort } from "../port";
import { deleteFlow, deployFlow, readFlow } from "./api";

const resourceOf = (spec: SalesforceFlowSpec) => `Salesforce flow ${spec.flowName} (${spec.name})`;

/**
 * A record-triggered Flow. Each create/update deploys a new version and prunes inactive versions
 * beyond the newest few (Salesforce caps versions per flow);
 * `active: false` leaves no version active; delete deactivates and then deletes the inactive versions.
 */
export const flowHandler: KindHandler<SalesforceFlowSpec> = {
  async create(news, ctx) {
    await deployFlow(openPort(ctx, news.name, resourceOf(news)), news);
    return { id: news.flowName, outs: news };
  },
  read: (_id, olds, ctx) => readFlow(openPort(ctx, olds.name, resourceOf(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await deployFlow(openPort(ctx, news.name, resourceOf(news)), news);
    return news;
  },
  delete: (_id, olds, ctx) => deleteFlow(openPort(ctx, olds.name, resourceOf(olds)), olds.flowName),
};
