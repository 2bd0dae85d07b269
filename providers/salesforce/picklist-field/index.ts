import type { SalesforcePicklistFieldSpec } from "../../../specs";
import { picklistFieldSchema } from "../../../specs/salesforce/picklist-field";
import { locateById, type KindDefinition } from "../../core/kind";
import { picklistItems } from "../picklist/values";
import { fullNameOf, picklistFieldDescriptor } from "./descriptor";
import { picklistFieldHandler } from "./handler";
import { picklistFieldHolding } from "./values";

/** `salesforce:picklist-field`: a restricted picklist CustomField; deleting it leaves it in the org. */
export const picklistFieldKind: KindDefinition<SalesforcePicklistFieldSpec> = {
  kind: "salesforce:picklist-field",
  schema: picklistFieldSchema,
  token: { module: "salesforce", type: "PicklistField" },
  descriptor: picklistFieldDescriptor,
  handler: picklistFieldHandler,
  report: {
    title: (s) => `${s.object}.${s.field} picklist values`,
    items: picklistItems,
    owner: "Salesforce admin",
    deleteImpact: () => "orphan",
  },
  locate: locateById(picklistFieldHandler, fullNameOf),
  foundational: true,
  values: picklistFieldHolding,
};
