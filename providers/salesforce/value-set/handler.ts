import type { SalesforceValueSetSpec } from "../../../specs";
import { BowtieProviderError } from "../../core/errors";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { applyPicklistValues } from "../picklist/holding";
import { openPort, type SalesforcePort } from "../port";
import { deleteGlobalValueSet, deployValues, readValues, readValueSet } from "./api";
import { valueSetPicklist, valueSetResource as resourceOf } from "./values";

async function apply(port: SalesforcePort, news: SalesforceValueSetSpec, ctx: HandlerContext): Promise<void> {
  const live = await readValueSet(port, news);
  if (!live && news.standard) {
    throw new BowtieProviderError({ resource: resourceOf(news), field: "valueSetName", code: "INVALID_CROSS_REFERENCE_KEY", message: `the org has no standard value set ${news.valueSetName}.`, fix: "Use LeadStatus or OpportunityStage, or set standard: false for a global value set." });
  }
  if (!live) return deployValues(port, news, news.values);
  await applyPicklistValues(valueSetPicklist, port, news, live.values, (values) => deployValues(port, news, values, live.component), ctx);
}

/**
 * StandardValueSet (LeadStatus, OpportunityStage) or GlobalValueSet. Create adopts (standard sets
 * always exist); values left out are deactivated, never deleted, after their records move; delete
 * of a standard set only stops managing it.
 */
export const valueSetHandler: KindHandler<SalesforceValueSetSpec> = {
  async create(news, ctx) {
    await apply(openPort(ctx, news.name, resourceOf(news)), news, ctx);
    return { id: news.valueSetName, outs: news };
  },
  async read(_id, olds, ctx) {
    const live = await readValues(openPort(ctx, olds.name, resourceOf(olds)), olds);
    return live && { ...olds, values: live };
  },
  async update(_id, _olds, news, ctx) {
    await apply(openPort(ctx, news.name, resourceOf(news)), news, ctx);
    return news;
  },
  async delete(_id, olds, ctx) {
    if (olds.standard) {
      ctx.emit({ type: "orphaned", resource: olds.name, reason: "standard-object" });
      return;
    }
    await deleteGlobalValueSet(openPort(ctx, olds.name, resourceOf(olds)), olds);
  },
};
