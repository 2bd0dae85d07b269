import type { SalesforceValueSetSpec } from "../../../specs";
import { picklistHolding, type PicklistKind } from "../picklist/holding";

/** How errors name a value set. */
export const valueSetResource = (spec: SalesforceValueSetSpec) => `Salesforce value set ${spec.valueSetName} (${spec.name})`;

/** The standard value sets' record fields; a global value set's fields are unknown without reading every object. */
const standardTargets: Record<string, { object: string; field: string }> = {
  LeadStatus: { object: "Lead", field: "Status" },
  OpportunityStage: { object: "Opportunity", field: "StageName" },
};

export const valueSetPicklist: PicklistKind<SalesforceValueSetSpec> = {
  resourceOf: valueSetResource,
  targetOf: (spec) => (spec.standard ? standardTargets[spec.valueSetName] : undefined),
};

/** `salesforce:value-set` as a value-holding kind: retired values are deactivated after their records move. */
export const valueSetHolding = picklistHolding(valueSetPicklist);
