import type { SalesforceValidationRuleSpec } from "../../../specs";
import { validationRuleSchema } from "../../../specs/salesforce/validation-rule";
import { locateById, type KindDefinition } from "../../core/kind";
import { fullNameOf, validationRuleDescriptor } from "./descriptor";
import { validationRuleHandler, validationRuleResource } from "./handler";
import { requireReferencedFields, ruleReferences } from "../preflight";

/** `salesforce:validation-rule`: a ValidationRule `Object.Name`. */
export const validationRuleKind: KindDefinition<SalesforceValidationRuleSpec> = {
  kind: "salesforce:validation-rule",
  schema: validationRuleSchema,
  token: { module: "salesforce", type: "ValidationRule" },
  descriptor: validationRuleDescriptor,
  handler: validationRuleHandler,
  report: { title: (s) => `Validation rule ${s.object}.${s.ruleName}`, owner: "Salesforce admin", deleteImpact: () => "destroy" },
  locate: locateById(validationRuleHandler, fullNameOf),
  foundational: false,
  preflight: (spec, ctx) => requireReferencedFields(spec, ruleReferences(spec), validationRuleResource(spec), ctx),
};
