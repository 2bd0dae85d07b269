/**
 * `bowtie import`, the pure part: a live CRM snapshot → an architecture → a TypeScript module.
 * Reading the snapshot is the providers' job (`providers/<crm>/import.ts`).
 */
export { importHubSpot } from "./hubspot";
export { importSalesforce } from "./salesforce";
export { renderModule, type RenderOptions } from "./render";
export type * from "./snapshot";
