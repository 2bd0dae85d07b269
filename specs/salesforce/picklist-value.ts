import { z } from "zod";
import { refineReplacements, refineUnique, type ValueReplacement } from "../common";

/** Salesforce API (developer) names: a letter, then letters, digits and single underscores, not ending in `_`. */
export const apiNamePattern = /^[A-Za-z](?:[A-Za-z0-9]|_(?=[A-Za-z0-9]))*$/;

/** One picklist value as Salesforce Metadata describes it (StandardValue / CustomValue). */
export const picklistValueSchema = z.object({
  /** API name (`fullName`). Changing it is destructive in Salesforce: treat as retire + add. */
  apiName: z.string().min(1, "a value needs an API name").max(255),
  label: z.string().min(1, "a value needs a label").max(255),
  description: z.string().optional(),
  default: z.boolean().optional(),
  /** OpportunityStage only. */
  closed: z.boolean().optional(),
  won: z.boolean().optional(),
  /** OpportunityStage only: 0–100 as Salesforce stores it. */
  probability: z.number().min(0).max(100).optional(),
  forecastCategory: z.enum(["Omitted", "Pipeline", "BestCase", "Forecast", "Closed"]).optional(),
  /** LeadStatus only: exactly one value is the converted status. */
  converted: z.boolean().optional(),
});
export type SalesforcePicklistValueSpec = z.infer<typeof picklistValueSchema>;

/**
 * Cross-field rules of any picklist spec, added through `superRefine`: unique API names, at most
 * one default, replacements that move records from a retired value to a kept one.
 */
export function refinePicklist(spec: { values: SalesforcePicklistValueSpec[]; replacements: ValueReplacement[] }, ctx: z.RefinementCtx): void {
  const names = spec.values.map((value) => value.apiName);
  refineUnique(names, ctx, ["values", "apiName"], (name) => `duplicate API name "${name}"`);
  if (spec.values.filter((v) => v.default).length > 1) ctx.addIssue({ code: "custom", path: ["values"], message: "at most one value can be the default" });
  refineReplacements(names, spec.replacements, ctx, "value");
}
