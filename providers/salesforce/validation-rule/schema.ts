import { z } from "zod";

/** zod schema of SalesforceValidationRuleSpec. */
export const validationRuleSchema = z.object({
  kind: z.literal("salesforce:validation-rule"),
  name: z.string().min(1),
  object: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an object API name, e.g. Opportunity"),
  ruleName: z.string().regex(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/, "letters, digits and single underscores, starting with a letter").max(40),
  active: z.boolean(),
  description: z.string().optional(),
  errorConditionFormula: z.string().min(1, "a rule needs a formula").max(5000),
  errorMessage: z.string().min(1, "a rule needs an error message").max(255),
  errorDisplayField: z.string().optional(),
});
