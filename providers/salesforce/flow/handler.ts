import type { SalesforceFlowSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import type { KindHandler } from "../../core/kind";
import { zodCheck } from "../check";
import { openPort } from "../port";
import { deleteFlow, deployFlow, readFlow } from "./api";
import { flowDescriptor } from "./descriptor";
import { flowSchema } from "./schema";

const resourceOf = (spec: SalesforceFlowSpec) => `Salesforce flow ${spec.flowName} (${spec.name})`;

/**
 * A record-triggered Flow. Each create/update deploys a new version and prunes inactive versions
 * beyond the newest few (Salesforce caps versions per flow);
 * `active: false` leaves no version active; delete deactivates and then deletes the inactive versions.
 */
export const flowHandler: KindHandler<SalesforceFlowSpec> = {
  descriptor: flowDescriptor,
  check: (news) => zodCheck(flowSchema, news),
  diff: async (_id, olds, news) => diffSpec(flowDescriptor, olds, news),
  async create(news, ctx) {
    await deployFlow(openPort(ctx, resourceOf(news)), news);
    return { id: news.flowName, outs: news };
  },
  read: (_id, olds, ctx) => readFlow(openPort(ctx, resourceOf(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await deployFlow(openPort(ctx, resourceOf(news)), news);
    return news;
  },
  delete: (_id, olds, ctx) => deleteFlow(openPort(ctx, resourceOf(olds)), olds.flowName),
};
