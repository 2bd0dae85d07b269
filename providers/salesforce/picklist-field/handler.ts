import type { SalesforcePicklistFieldSpec } from "../../../specs";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { applyPicklistValues } from "../picklist/holding";
import { openPort } from "../port";
import { deployField, readField, readFieldComponent } from "./api";
import { fullNameOf } from "./descriptor";
import { picklistFieldPicklist, picklistFieldResource as resourceOf } from "./values";

async function apply(news: SalesforcePicklistFieldSpec, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, news.name, resourceOf(news));
  const live = await readFieldComponent(port, news);
  if (!live) return deployField(port, news, news.values);
  await applyPicklistValues(picklistFieldPicklist, port, news, live.field.values, (values) => deployField(port, news, values, live), ctx);
}

/**
 * A restricted picklist CustomField (e.g. Lead.Lifecycle_Stage__c). Create adopts an existing field;
 * retired values are deactivated after their records move; delete stops managing the field and
 * leaves it, and the data in it, in the org (deleting a field destroys record data).
 */
export const picklistFieldHandler: KindHandler<SalesforcePicklistFieldSpec> = {
  async create(news, ctx) {
    await apply(news, ctx);
    return { id: fullNameOf(news), outs: news };
  },
  read: (_id, olds, ctx) => readField(openPort(ctx, olds.name, resourceOf(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await apply(news, ctx);
    return news;
  },
  async delete(_id, olds, ctx) {
    ctx.emit({ type: "orphaned", resource: olds.name, reason: "holds-data" });
  },
};
