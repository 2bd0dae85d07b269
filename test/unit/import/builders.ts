/** Small live snapshots with partial overrides, for the pure import tests. */
import type { HubSpotSnapshot, SalesforceFieldSnapshot, SalesforceSnapshot } from "../../../lifecycle/import/snapshot";
import type { ResourceSpec, SalesforcePicklistValueSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { definitionOf } from "../../../providers/kinds";

const value = (apiName: string, extra: Partial<SalesforcePicklistValueSpec> = {}): SalesforcePicklistValueSpec => ({ apiName, label: apiName, ...extra });
const stage = (apiName: string, probability: number, forecastCategory: SalesforcePicklistValueSpec["forecastCategory"], extra: Partial<SalesforcePicklistValueSpec> = {}) =>
  value(apiName, { probability, forecastCategory, ...extra });

export function lifecycleField(values = ["Lead", "MQL", "Won"].map((v) => value(v))): SalesforceFieldSnapshot {
  return { label: "Lifecycle Stage", restricted: true, values };
}

/** A small messy org: a legacy value in the lifecycle, a renewal stage in no process, a record type named apart from its process. */
export function salesforceSnapshot(overrides: Partial<SalesforceSnapshot> = {}): SalesforceSnapshot {
  return {
    source: "https://login.example.test",
    leadStatus: [value("Open", { default: true }), value("Working"), value("Converted", { converted: true })],
    opportunityStage: [
      stage("Prospecting", 10, "Pipeline"),
      stage("Renewal 90 Days", 40, "Pipeline"),
      stage("Closed Won", 100, "Closed", { closed: true, won: true }),
      stage("Closed Lost", 0, "Omitted", { closed: true }),
    ],
    lifecycleFields: { Lead: lifecycleField(), Contact: lifecycleField(), Account: lifecycleField() },
    dropOffFields: {},
    processes: [
      {
        processName: "Sales_Process",
        description: "All deals",
        stages: ["Prospecting", "Closed Won", "Closed Lost"],
        recordType: { apiName: "Sales", label: "Sales" },
      },
    ],
    inactiveProcesses: [],
    validationRules: [{ name: "Opportunity.Amount_Required", active: true }],
    flows: [],
    ...overrides,
  };
}

const option = (value: string, label: string, displayOrder: number) => ({ value, label, description: "", displayOrder, hidden: false });

/** A small messy portal: a rogue lifecycle option, a time-based renewal pipeline, a support pipeline. */
export function hubspotSnapshot(overrides: Partial<HubSpotSnapshot> = {}): HubSpotSnapshot {
  const lifecycle = { label: "Lifecycle Stage", description: "", groupName: "contactinformation", options: [option("lead", "Lead", 0), option("customer", "Customer", 1), option("won", "Won", 2)] };
  return {
    source: "https://api.example.test",
    lifecycle: { contacts: lifecycle, companies: structuredClone(lifecycle) },
    leadStatus: { label: "Lead Status", description: "", groupName: "sales_properties", options: [option("NEW", "New", 0), option("OPEN_DEAL", "Open Deal", 1)] },
    dropOff: {},
    pipelines: {
      deals: [
        {
          id: "7000001",
          label: "Renewals",
          displayOrder: 0,
          stages: [
            { id: "renewal_90_days", label: "90 Days Out", displayOrder: 0, metadata: { probability: "0.5", isClosed: "false" } },
            { id: "renewal_closed_won", label: "Renewed", displayOrder: 1, metadata: { probability: "1.0", isClosed: "true" } },
            { id: "renewal_closed_lost", label: "Churned", displayOrder: 2, metadata: { probability: "0.0", isClosed: "true" } },
          ],
        },
      ],
      tickets: [
        {
          id: "0",
          label: "Support Pipeline",
          displayOrder: 0,
          stages: [
            { id: "1", label: "New", displayOrder: 0, metadata: { ticketState: "OPEN", isClosed: "false" } },
            { id: "4", label: "Closed", displayOrder: 1, metadata: { ticketState: "CLOSED", isClosed: "true" } },
          ],
        },
      ],
    },
    workflows: [{ id: "58000001", name: "Legacy: mark contact Won", enabled: true }],
    ...overrides,
  };
}

/**
 * Names of the specs a refreshed preview would change, given `live`: what the handlers would read
 * back for a spec (undefined: nothing to adopt). Compared under each kind's diff normalisation.
 */
export function changedSpecs<S extends ResourceSpec>(specs: readonly S[], live: (spec: S) => S | undefined): string[] {
  return specs.flatMap((spec) => {
    const state = live(spec);
    return state && !diffSpec(definitionOf(spec.kind).descriptor, state, spec).changes ? [] : [spec.name];
  });
}
