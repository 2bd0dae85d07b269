import type { SalesforceValueSetSpec } from "../../../lifecycle/resources";
import { BowtieProviderError } from "../../core/errors";
import { diffSpec } from "../../core/diff";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { zodCheck } from "../check";
import { applyPicklistChange, previewRetirements } from "../picklist/apply";
import { openPort, type SalesforcePort } from "../port";
import { deleteGlobalValueSet, deployValues, readValues } from "./api";
import { valueSetDescriptor, valueSetTargets } from "./descriptor";
import { valueSetSchema } from "./schema";

const resourceOf = (spec: SalesforceValueSetSpec) => `Salesforce value set ${spec.valueSetName} (${spec.name})`;

async function apply(port: SalesforcePort, news: SalesforceValueSetSpec, ctx: HandlerContext): Promise<void> {
  const live = await readValues(port, news);
  if (!live && news.standard) {
    throw new BowtieProviderError({ resource: resourceOf(news), field: "valueSetName", code: "INVALID_CROSS_REFERENCE_KEY", message: `the org has no standard value set ${news.valueSetName}.`, fix: "Use LeadStatus or OpportunityStage, or set standard: false for a global value set." });
  }
  if (!live) return deployValues(port, news, news.values, "create");
  const change = { resource: resourceOf(news), targets: valueSetTargets(news), live, desired: news.values, replacements: news.replacements };
  await applyPicklistChange(port, change, (values) => deployValues(port, news, values, "update"), ctx);
}

/**
 * The data-safety check against the live org (not the last known state: an admin may have added a
 * value and put records on it since), run by every preview that will deploy the values.
 */
async function guardAgainstLive(news: SalesforceValueSetSpec, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, resourceOf(news));
  const live = await readValues(port, news);
  if (live) await previewRetirements(port, { resource: resourceOf(news), targets: valueSetTargets(news), live, desired: news.values, replacements: news.replacements }, ctx);
}

/**
 * StandardValueSet (LeadStatus, OpportunityStage) or GlobalValueSet. Create adopts (standard sets
 * always exist); values left out are deactivated, never deleted, after their records move; delete
 * of a standard set only stops managing it.
 */
export const valueSetHandler: KindHandler<SalesforceValueSetSpec> = {
  descriptor: valueSetDescriptor,
  check: (news) => zodCheck(valueSetSchema, news),
  preflightCreate: guardAgainstLive,
  async diff(_id, olds, news, ctx) {
    const { changes, changed, replaces } = diffSpec(valueSetDescriptor, olds, news);
    if (changes && replaces.length === 0) await guardAgainstLive(news, ctx);
    return { changes, changed, replaces };
  },
  async create(news, ctx) {
    await apply(openPort(ctx, resourceOf(news)), news, ctx);
    return { id: news.valueSetName, outs: news };
  },
  async read(_id, olds, ctx) {
    const live = await readValues(openPort(ctx, resourceOf(olds)), olds);
    return live && { ...olds, values: live };
  },
  async update(_id, _olds, news, ctx) {
    await apply(openPort(ctx, resourceOf(news)), news, ctx);
    return news;
  },
  async delete(_id, olds, ctx) {
    if (olds.standard) {
      ctx.log(`${resourceOf(olds)}: standard value sets always exist; Bowtie stops managing it and leaves its values as they are.`);
      return;
    }
    await deleteGlobalValueSet(openPort(ctx, resourceOf(olds)), olds);
  },
};
