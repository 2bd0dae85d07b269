import { z } from "zod";
import { picklistValueSchema, replacementSchema } from "../picklist/values";
import { refinePicklist } from "../picklist/rules";

/** zod schema of SalesforceValueSetSpec. LeadStatus needs exactly one converted value. */
export const valueSetSchema = z
  .object({
    kind: z.literal("salesforce:value-set"),
    name: z.string().min(1),
    valueSetName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "a value set name is letters, digits and underscores"),
    standard: z.boolean(),
    values: z.array(picklistValueSchema).min(1, "a value set needs at least one value"),
    replacements: z.array(replacementSchema),
  })
  .superRefine((spec, ctx) => {
    refinePicklist(spec, ctx);
    if (spec.standard && spec.valueSetName === "LeadStatus" && spec.values.filter((v) => v.converted).length !== 1) {
      ctx.addIssue({ code: "custom", path: ["values"], message: "LeadStatus needs exactly one converted value" });
    }
  });
