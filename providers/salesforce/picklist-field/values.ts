import type { SalesforcePicklistFieldSpec } from "../../../specs";
import { picklistHolding, type PicklistKind } from "../picklist/holding";
import { fullNameOf } from "./descriptor";

/** How errors name a picklist field. */
export const picklistFieldResource = (spec: SalesforcePicklistFieldSpec) => `Salesforce picklist ${fullNameOf(spec)} (${spec.name})`;

export const picklistFieldPicklist: PicklistKind<SalesforcePicklistFieldSpec> = {
  resourceOf: picklistFieldResource,
  targetOf: (spec) => ({ object: spec.object, field: spec.field }),
};

/** `salesforce:picklist-field` as a value-holding kind: its records are those of its object. */
export const picklistFieldHolding = picklistHolding(picklistFieldPicklist);
