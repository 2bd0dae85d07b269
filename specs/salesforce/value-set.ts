import { z } from "zod";
import { replacementSchema, resourceName } from "../common";
import { picklistValueSchema, refinePicklist } from "./picklist-value";

/** StandardValueSet (LeadStatus, OpportunityStage) or GlobalValueSet. LeadStatus needs exactly one converted value. */
export const valueSetSchema = z
  .object({
    kind: z.literal("salesforce:value-set"),
    name: resourceName,
    /** `LeadStatus`, `OpportunityStage`, or a global value set name. */
    valueSetName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "a value set name is letters, digits and underscores"),
    standard: z.boolean(),
    /** Order is the picklist order. Values not listed are deactivated (never deleted). */
    values: z.array(picklistValueSchema).min(1, "a value set needs at least one value"),
    replacements: z.array(replacementSchema),
  })
  .superRefine((spec, ctx) => {
    refinePicklist(spec, ctx);
    if (spec.standard && spec.valueSetName === "LeadStatus" && spec.values.filter((v) => v.converted).length !== 1) {
      ctx.addIssue({ code: "custom", path: ["values"], message: "LeadStatus needs exactly one converted value" });
    }
  });
export type SalesforceValueSetSpec = z.infer<typeof valueSetSchema>;
