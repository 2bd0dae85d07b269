import type { ResourceSpec } from "../../lifecycle/resources";

type Kind = ResourceSpec["kind"];
type SpecOf<K extends Kind> = Extract<ResourceSpec, { kind: K }>;

/** One item inside a resource that a person thinks of on its own: a picklist value, an option, a stage. */
export interface ReportItem {
  key: string;
  label: string;
  [field: string]: unknown;
}

/** How a report speaks about one kind. Each kind declares its own answers; renderers never branch on kind. */
export interface KindReport<S extends ResourceSpec> {
  crm: "salesforce" | "hubspot";
  /** What the resource is, in the CRM's terms. */
  title: (spec: S) => string;
  /** The resource's items, when it has any (values, options, stages). */
  items?: (spec: S) => ReportItem[];
  /** Who fixes drift on this kind. */
  owner: string;
}

const values = (spec: { values: Array<{ apiName: string; label: string }> }) =>
  spec.values.map((v) => ({ ...v, key: v.apiName, label: v.label }));

export const kindReports: { [K in Kind]: KindReport<SpecOf<K>> } = {
  "salesforce:value-set": { crm: "salesforce", title: (s) => `${s.valueSetName} picklist values`, items: values, owner: "Salesforce admin" },
  "salesforce:picklist-field": { crm: "salesforce", title: (s) => `${s.object}.${s.field} picklist values`, items: values, owner: "Salesforce admin" },
  "salesforce:sales-process": {
    crm: "salesforce",
    title: (s) => `Sales process ${s.label} (${s.processName})`,
    items: (s) => s.stages.map((stage) => ({ key: stage, label: stage })),
    owner: "Salesforce admin",
  },
  "salesforce:validation-rule": { crm: "salesforce", title: (s) => `Validation rule ${s.object}.${s.ruleName}`, owner: "Salesforce admin" },
  "salesforce:flow": { crm: "salesforce", title: (s) => `Flow ${s.label} (${s.flowName})`, owner: "Salesforce admin" },
  "hubspot:property-options": {
    crm: "hubspot",
    title: (s) => `${s.objectType}.${s.property} options`,
    items: (s) => s.options.map((o) => ({ ...o, key: o.value, label: o.label })),
    owner: "HubSpot super admin",
  },
  "hubspot:pipeline": {
    crm: "hubspot",
    title: (s) => `${s.objectType === "deals" ? "Deal" : "Ticket"} pipeline ${s.label}`,
    items: (s) => s.stages.map((stage) => ({ ...stage, key: stage.key, label: stage.label })),
    owner: "HubSpot super admin",
  },
  "hubspot:workflow": { crm: "hubspot", title: (s) => `Workflow ${s.label}`, owner: "HubSpot super admin" },
};

export function kindReport(kind: Kind): KindReport<ResourceSpec> {
  return kindReports[kind] as KindReport<ResourceSpec>;
}

export function isKind(kind: unknown): kind is Kind {
  return typeof kind === "string" && kind in kindReports;
}
