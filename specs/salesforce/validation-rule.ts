import { z } from "zod";
import { resourceName } from "../common";
import { apiNamePattern } from "./picklist-value";

/** ValidationRule `Object.Name`. */
export const validationRuleSchema = z.object({
  kind: z.literal("salesforce:validation-rule"),
  name: resourceName,
  object: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an object API name, e.g. Opportunity"),
  ruleName: z.string().regex(apiNamePattern, "letters, digits and single underscores, starting with a letter").max(40),
  active: z.boolean(),
  description: z.string().optional(),
  errorConditionFormula: z.string().min(1, "a rule needs a formula").max(5000),
  errorMessage: z.string().min(1, "a rule needs an error message").max(255),
  errorDisplayField: z.string().optional(),
  /**
   * Fields (`Object.Field`) the formula references that the same architecture deploys, before the
   * rule: the preview does not expect them in the org yet. An instruction, not state.
   */
  plannedFields: z.array(z.string()).optional(),
});
export type SalesforceValidationRuleSpec = z.infer<typeof validationRuleSchema>;
