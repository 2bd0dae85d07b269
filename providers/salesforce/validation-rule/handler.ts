import type { SalesforceValidationRuleSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import type { KindHandler } from "../../core/kind";
import { zodCheck } from "../check";
import { openPort } from "../port";
import { deleteRule, readRule, upsertRules } from "./api";
import { fullNameOf, validationRuleDescriptor } from "./descriptor";
import { validationRuleSchema } from "./schema";

const resourceOf = (spec: SalesforceValidationRuleSpec) => `Salesforce validation rule ${fullNameOf(spec)} (${spec.name})`;

/** ValidationRule `Object.Name`: upserted (adopting an existing rule), read for drift, deleted. */
export const validationRuleHandler: KindHandler<SalesforceValidationRuleSpec> = {
  descriptor: validationRuleDescriptor,
  check: (news) => zodCheck(validationRuleSchema, news),
  diff: async (_id, olds, news) => diffSpec(validationRuleDescriptor, olds, news),
  async create(news, ctx) {
    await upsertRules(openPort(ctx, resourceOf(news)), [news]);
    return { id: fullNameOf(news), outs: news };
  },
  read: (_id, olds, ctx) => readRule(openPort(ctx, resourceOf(olds)), olds),
  async update(_id, _olds, news, ctx) {
    await upsertRules(openPort(ctx, resourceOf(news)), [news]);
    return news;
  },
  delete: (_id, olds, ctx) => deleteRule(openPort(ctx, resourceOf(olds)), olds),
};
