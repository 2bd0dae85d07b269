import type { z } from "zod";
import type { SalesforcePicklistValueSpec, ValueReplacement } from "../../../lifecycle/resources";

/**
 * Cross-field rules of any picklist spec, added to a zod object through `superRefine`: unique API
 * names, at most one default, replacements that move records from a retired value to a kept one.
 */
export function refinePicklist(spec: { values: SalesforcePicklistValueSpec[]; replacements: ValueReplacement[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  spec.values.forEach((value, index) => {
    if (seen.has(value.apiName)) ctx.addIssue({ code: "custom", path: ["values", index, "apiName"], message: `duplicate API name "${value.apiName}"` });
    seen.add(value.apiName);
  });
  if (spec.values.filter((v) => v.default).length > 1) ctx.addIssue({ code: "custom", path: ["values"], message: "at most one value can be the default" });
  spec.replacements.forEach((replacement, index) => {
    if (!seen.has(replacement.to)) {
      ctx.addIssue({ code: "custom", path: ["replacements", index, "to"], message: `replacement target "${replacement.to}" is not one of the values` });
    }
    if (seen.has(replacement.from)) {
      ctx.addIssue({ code: "custom", path: ["replacements", index, "from"], message: `"${replacement.from}" is still a value; only retired values are replaced` });
    }
  });
}
