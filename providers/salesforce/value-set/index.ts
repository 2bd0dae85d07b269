import type { SalesforceValueSetSpec } from "../../../specs";
import { valueSetSchema } from "../../../specs/salesforce/value-set";
import { locateById, type KindDefinition } from "../../core/kind";
import { picklistItems } from "../picklist/values";
import { valueSetDescriptor } from "./descriptor";
import { valueSetHandler } from "./handler";
import { valueSetHolding } from "./values";

/** `salesforce:value-set`: a StandardValueSet (LeadStatus, OpportunityStage) or GlobalValueSet. */
export const valueSetKind: KindDefinition<SalesforceValueSetSpec> = {
  kind: "salesforce:value-set",
  schema: valueSetSchema,
  token: { module: "salesforce", type: "ValueSet" },
  descriptor: valueSetDescriptor,
  handler: valueSetHandler,
  report: {
    title: (s) => `${s.valueSetName} picklist values`,
    items: picklistItems,
    owner: "Salesforce admin",
    deleteImpact: (olds) => (olds.standard ? "orphan" : "destroy"),
  },
  locate: locateById(valueSetHandler, (s) => s.valueSetName),
  foundational: true,
  values: valueSetHolding,
};
