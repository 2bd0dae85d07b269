import type { Kind, ResourceSpec } from "../../specs";
import type { KindReport } from "../../providers/core/kind";
import { definitionOf } from "../../providers/kinds";

export type { ReportItem } from "../../providers/core/kind";
export { isKind } from "../../providers/kinds";

/** How reports speak about one kind (its title, items, owner), with the CRM it lives in: declared by the kind. */
export function kindReport(kind: Kind): KindReport<ResourceSpec, any> & { crm: "salesforce" | "hubspot" } {
  const definition = definitionOf(kind);
  return { ...definition.report, crm: definition.token.module };
}

/** The CRMs' names as reports print them. */
export const crmNames = { salesforce: "Salesforce", hubspot: "HubSpot" } as const;
