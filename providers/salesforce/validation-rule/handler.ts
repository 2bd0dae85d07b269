import type { SalesforceValidationRuleSpec } from "../../../specs";
import type { KindHandler } from "../../core/kind";
import { openPort } from "../port";
import { deleteRule, readRule, upsertRules } from "./api";
import { fullNameOf } from "./descriptor";

export const validationRuleResource = (spec: SalesforceValidationRuleSpec) => `Salesforce validation rule ${fullNameOf(spec)} (${spec.name})`;

/** ValidationRule `Object.Name`: upserted (adopting an existing rule), read for drift, deleted. */
export const validationRuleHandler: KindHandler<SalesforceValidationRuleSpec> = {
  async create(news, ctx) {
    await upsertRules(openPort(ctx, news.name, validationRuleResource(news)), [news]);
    return { id: fullNameOf(news), outs: news };
  },
  read: (_id, olds, ctx) => readRule(openPort(ctx, olds.name, validationRuleResource(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await upsertRules(openPort(ctx, news.name, validationRuleResource(news)), [news]);
    return news;
  },
  delete: (_id, olds, ctx) => deleteRule(openPort(ctx, olds.name, validationRuleResource(olds)), olds),
};
