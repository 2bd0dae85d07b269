import type { SalesforcePicklistFieldSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { zodCheck } from "../check";
import { applyPicklistChange, previewRetirements } from "../picklist/apply";
import { openPort } from "../port";
import { deployField, readField } from "./api";
import { fullNameOf, picklistFieldDescriptor } from "./descriptor";
import { picklistFieldSchema } from "./schema";

const resourceOf = (spec: SalesforcePicklistFieldSpec) => `Salesforce picklist ${fullNameOf(spec)} (${spec.name})`;
const targetsOf = (spec: SalesforcePicklistFieldSpec) => [{ object: spec.object, field: spec.field }];

async function apply(news: SalesforcePicklistFieldSpec, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, resourceOf(news));
  const live = await readField(port, news);
  if (!live) return deployField(port, news, news.values, "create");
  const change = { resource: resourceOf(news), targets: targetsOf(news), live: live.values, desired: news.values, replacements: news.replacements };
  await applyPicklistChange(port, change, (values) => deployField(port, news, values, "update"), ctx);
}

/**
 * The data-safety check against the live field (not the last known state: an admin may have added
 * a value and put records on it since), run by every preview that will deploy the values.
 */
async function guardAgainstLive(news: SalesforcePicklistFieldSpec, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, resourceOf(news));
  const live = await readField(port, news);
  if (live) await previewRetirements(port, { resource: resourceOf(news), targets: targetsOf(news), live: live.values, desired: news.values, replacements: news.replacements }, ctx);
}

/**
 * A restricted picklist CustomField (e.g. Lead.Lifecycle_Stage__c). Create adopts an existing field;
 * retired values are deactivated after their records move; delete stops managing the field and
 * leaves it, and the data in it, in the org (deleting a field destroys record data).
 */
export const picklistFieldHandler: KindHandler<SalesforcePicklistFieldSpec> = {
  descriptor: picklistFieldDescriptor,
  check: (news) => zodCheck(picklistFieldSchema, news),
  preflightCreate: guardAgainstLive,
  async diff(_id, olds, news, ctx) {
    const { changes, changed, replaces } = diffSpec(picklistFieldDescriptor, olds, news);
    if (changes && replaces.length === 0) await guardAgainstLive(news, ctx);
    return { changes, changed, replaces };
  },
  async create(news, ctx) {
    await apply(news, ctx);
    return { id: fullNameOf(news), outs: news };
  },
  read: (_id, olds, ctx) => readField(openPort(ctx, resourceOf(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await apply(news, ctx);
    return news;
  },
  async delete(_id, olds, ctx) {
    ctx.log(`${resourceOf(olds)}: Bowtie stops managing the field and leaves it in the org, so no record data is lost.`);
  },
};
