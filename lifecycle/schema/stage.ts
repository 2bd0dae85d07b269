import { z } from "zod";
import { criteriaSchema, crmNamesSchema, keySchema, requiredFieldSchema, slaDaysSchema, textSchema } from "./common";

export const domainSchema = z.enum(["lead", "sales", "customer"], {
  error: "expected a domain: lead, sales or customer",
});

/**
 * One lifecycle stage: a funnel position (not a working state), with the stage contract of the
 * seed's template. The order of the `lifecycle` list is the forward order of the bow tie.
 */
export const lifecycleStageSchema = z.strictObject({
  key: keySchema,
  /** A completed milestone ("Demo Completed"), not an activity ("Demo"). */
  label: textSchema,
  domain: domainSchema,
  definition: textSchema,
  entryCriteria: criteriaSchema,
  exitCriteria: criteriaSchema,
  owner: textSchema,
  slaDays: slaDaysSchema,
  requiredFields: z.array(requiredFieldSchema).default([]),
  redFlags: z.array(textSchema).default([]),
  handoff: textSchema.optional(),
  golden: z.boolean().default(false),
  /**
   * What the CRM shows as the value's description (Salesforce picklist value, HubSpot option):
   * omitted, the definition; `""`, none (an adopted org's values often have none).
   */
  description: z.string().optional(),
  names: crmNamesSchema,
});

export type Domain = z.infer<typeof domainSchema>;
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;
export type LifecycleStageInput = z.input<typeof lifecycleStageSchema>;
