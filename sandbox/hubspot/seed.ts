/**
 * Seeded portals. "messy" reproduces the seed's failure patterns (Won/Lost and "Trending Up" in
 * lifecycle, 120/90/60-day renewal stages, a legacy workflow) with records that use them, so the
 * default architecture's replacements have real work to do. "empty" has only HubSpot's defaults.
 */
import type { Scenario } from "../common/scenario";
import type {
  CrmObjectType,
  PortalState,
  SandboxFlow,
  SandboxOption,
  SandboxPipeline,
  SandboxProperty,
  SandboxRecord,
} from "./state";

const seededAt = "2024-01-15T09:00:00.000Z";

const defaultLifecycleStages: Array<[string, string]> = [
  ["subscriber", "Subscriber"],
  ["lead", "Lead"],
  ["marketingqualifiedlead", "Marketing Qualified Lead"],
  ["salesqualifiedlead", "Sales Qualified Lead"],
  ["opportunity", "Opportunity"],
  ["customer", "Customer"],
  ["evangelist", "Evangelist"],
  ["other", "Other"],
];
const rogueLifecycleStages: Array<[string, string]> = [
  ["won", "Won"],
  ["lost", "Lost"],
  ["trending_up", "Trending Up"],
];
const leadStatuses: Array<[string, string]> = [
  ["NEW", "New"],
  ["OPEN", "Open"],
  ["IN_PROGRESS", "In Progress"],
  ["OPEN_DEAL", "Open Deal"],
  ["UNQUALIFIED", "Unqualified"],
  ["ATTEMPTED_TO_CONTACT", "Attempted to Contact"],
  ["CONNECTED", "Connected"],
  ["BAD_TIMING", "Bad Timing"],
];

function options(pairs: Array<[string, string]>): SandboxOption[] {
  return pairs.map(([value, label], displayOrder) => ({ label, value, displayOrder, hidden: false, description: "" }));
}

function hubspotProperty(name: string, label: string, groupName: string, opts: SandboxOption[], readOnlyOptions: boolean): SandboxProperty {
  return {
    name,
    label,
    type: "enumeration",
    fieldType: "radio",
    description: "",
    groupName,
    options: opts,
    displayOrder: -1,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: false,
    hidden: false,
    hubspotDefined: true,
    formField: true,
    modificationMetadata: { archivable: false, readOnlyDefinition: true, readOnlyOptions, readOnlyValue: false },
    createdAt: seededAt,
    updatedAt: seededAt,
    archived: false,
  };
}

function stage(id: string, label: string, displayOrder: number, metadata: Record<string, string>) {
  return {
    id,
    label,
    displayOrder,
    metadata,
    createdAt: seededAt,
    updatedAt: seededAt,
    archived: false,
    writePermissions: "CRM_PERMISSIONS_ENFORCEMENT" as const,
  };
}

const dealStage = (id: string, label: string, order: number, probability: string, closed = false) =>
  stage(id, label, order, { isClosed: String(closed), probability });
const ticketStage = (id: string, label: string, order: number, ticketState: "OPEN" | "CLOSED") =>
  stage(id, label, order, { ticketState, isClosed: String(ticketState === "CLOSED") });

function pipeline(id: string, label: string, displayOrder: number, stages: SandboxPipeline["stages"]): SandboxPipeline {
  return { id, label, displayOrder, stages, createdAt: seededAt, updatedAt: seededAt, archived: false };
}

/** HubSpot's default deal pipeline. */
export const defaultDealPipelineId = "default";
/** The messy portal's legacy, time-based renewal pipeline. */
export const legacyRenewalsPipelineId = "7000001";

function defaultPipelines(messy: boolean): PortalState["pipelines"] {
  const deals = [
    pipeline(defaultDealPipelineId, "Sales Pipeline", 0, [
      dealStage("appointmentscheduled", "Appointment Scheduled", 0, "0.2"),
      dealStage("qualifiedtobuy", "Qualified To Buy", 1, "0.4"),
      dealStage("presentationscheduled", "Presentation Scheduled", 2, "0.6"),
      dealStage("decisionmakerboughtin", "Decision Maker Bought-In", 3, "0.8"),
      dealStage("contractsent", "Contract Sent", 4, "0.9"),
      dealStage("closedwon", "Closed Won", 5, "1.0", true),
      dealStage("closedlost", "Closed Lost", 6, "0.0", true),
    ]),
  ];
  if (messy) {
    deals.push(
      pipeline(legacyRenewalsPipelineId, "Renewals", 1, [
        dealStage("renewal_120_days", "120 Days Out", 0, "0.3"),
        dealStage("renewal_90_days", "90 Days Out", 1, "0.5"),
        dealStage("renewal_60_days", "60 Days Out", 2, "0.7"),
        dealStage("renewal_closed_won", "Renewed", 3, "1.0", true),
        dealStage("renewal_closed_lost", "Churned", 4, "0.0", true),
      ]),
    );
  }
  const tickets = [
    pipeline("0", "Support Pipeline", 0, [
      ticketStage("1", "New", 0, "OPEN"),
      ticketStage("2", "Waiting on contact", 1, "OPEN"),
      ticketStage("3", "Waiting on us", 2, "OPEN"),
      ticketStage("4", "Closed", 3, "CLOSED"),
    ]),
  ];
  return { deals, tickets };
}

function legacyWorkflow(): SandboxFlow {
  return {
    id: "58000001",
    type: "CONTACT_FLOW",
    objectTypeId: "0-1",
    flowType: "WORKFLOW",
    name: "Legacy: mark contact Won",
    description: "Built by a former admin: sets lifecycle stage to the rogue 'Won' value.",
    isEnabled: true,
    revisionId: "3",
    createdAt: seededAt,
    updatedAt: seededAt,
    crmObjectCreationStatus: "COMPLETE",
    dataSources: [],
    startActionId: "1",
    nextAvailableActionId: "2",
    actions: [
      {
        type: "SINGLE_CONNECTION",
        actionId: "1",
        actionTypeVersion: 0,
        actionTypeId: "0-5",
        fields: { property_name: "lifecyclestage", value: { type: "STATIC_VALUE", staticValue: "won" } },
      },
    ],
    enrollmentCriteria: {
      type: "LIST_BASED",
      shouldReEnroll: false,
      unEnrollObjectsNotMeetingCriteria: false,
      reEnrollmentTriggersFilterBranches: [],
      listFilterBranch: {
        filterBranchType: "OR",
        filterBranchOperator: "OR",
        filters: [],
        filterBranches: [
          {
            filterBranchType: "AND",
            filterBranchOperator: "AND",
            filterBranches: [],
            filters: [
              {
                filterType: "PROPERTY",
                property: "hs_lead_status",
                operation: { operationType: "ENUMERATION", operator: "IS_ANY_OF", values: ["OPEN_DEAL"], includeObjectsWithNoValueSet: false },
              },
            ],
          },
        ],
      },
    },
    timeWindows: [],
    blockedDates: [],
    customProperties: {},
    suppressionListIds: [],
    canEnrollFromSalesforce: false,
  };
}

/** Deterministic records: ids from `prefix`, properties from `make(index)`. */
function records(prefix: number, count: number, make: (i: number) => Record<string, string | null>): SandboxRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(prefix + i),
    properties: make(i),
    createdAt: seededAt,
    updatedAt: seededAt,
    archived: false,
  }));
}

const contactStages = ["lead", "marketingqualifiedlead", "won", "salesqualifiedlead", "lost", "opportunity", "trending_up", "customer", "won", "subscriber"];
const leadStatusValues = ["NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "UNQUALIFIED", "ATTEMPTED_TO_CONTACT", "CONNECTED", "BAD_TIMING"];
const companyStages = ["customer", "won", "opportunity", "trending_up", "lead", "lost"];
const dealStages: Array<[string, string]> = [
  [defaultDealPipelineId, "appointmentscheduled"],
  [defaultDealPipelineId, "qualifiedtobuy"],
  [defaultDealPipelineId, "contractsent"],
  [defaultDealPipelineId, "closedwon"],
  [legacyRenewalsPipelineId, "renewal_120_days"],
  [legacyRenewalsPipelineId, "renewal_90_days"],
  [legacyRenewalsPipelineId, "renewal_60_days"],
];

function messyRecords(): PortalState["records"] {
  return {
    contacts: records(101, 30, (i) => ({
      email: `contact${i + 1}@example.com`,
      firstname: `Contact ${i + 1}`,
      lifecyclestage: contactStages[i % contactStages.length]!,
      hs_lead_status: leadStatusValues[i % leadStatusValues.length]!,
    })),
    companies: records(201, 12, (i) => ({
      name: `Company ${i + 1}`,
      domain: `company${i + 1}.example.com`,
      lifecyclestage: companyStages[i % companyStages.length]!,
    })),
    deals: records(301, 14, (i) => {
      const [pipelineId, stageId] = dealStages[i % dealStages.length]!;
      return { dealname: `Deal ${i + 1}`, amount: String(1000 * (i + 1)), pipeline: pipelineId, dealstage: stageId };
    }),
    tickets: records(401, 6, (i) => ({ subject: `Ticket ${i + 1}`, hs_pipeline: "0", hs_pipeline_stage: String((i % 4) + 1) })),
  };
}

/** Builds a fresh portal for `scenario`. Deterministic: the same scenario always seeds the same data. */
export function seedPortal(scenario: Scenario, opts: { lifecycleStageEditsLocked?: boolean; searchLagMs?: number } = {}): PortalState {
  const messy = scenario === "messy";
  const locked = opts.lifecycleStageEditsLocked ?? false;
  const lifecycle = options(messy ? [...defaultLifecycleStages, ...rogueLifecycleStages] : defaultLifecycleStages);
  const emptyRecords = { contacts: [], companies: [], deals: [], tickets: [] };
  return {
    portalId: 44_000_001,
    lifecycleStageEditsLocked: locked,
    searchLagMs: opts.searchLagMs ?? 0,
    properties: {
      contacts: [
        hubspotProperty("lifecyclestage", "Lifecycle Stage", "contactinformation", lifecycle, locked),
        hubspotProperty("hs_lead_status", "Lead Status", "sales_properties", options(leadStatuses), false),
      ],
      companies: [hubspotProperty("lifecyclestage", "Lifecycle Stage", "companyinformation", lifecycle, locked)],
      deals: [],
      tickets: [],
    },
    groups: {
      contacts: [
        { name: "contactinformation", label: "Contact information", displayOrder: 0, archived: false },
        { name: "sales_properties", label: "Sales properties", displayOrder: 1, archived: false },
      ],
      companies: [{ name: "companyinformation", label: "Company information", displayOrder: 0, archived: false }],
      deals: [{ name: "dealinformation", label: "Deal information", displayOrder: 0, archived: false }],
      tickets: [{ name: "ticketinformation", label: "Ticket information", displayOrder: 0, archived: false }],
    },
    pipelines: defaultPipelines(messy),
    audits: {},
    flows: messy ? [legacyWorkflow()] : [],
    records: messy ? messyRecords() : emptyRecords,
    nextId: 9_000_000,
  };
}

/** How many messy-portal records carry each value, for tests and docs. */
export function recordCounts(state: PortalState, objectType: CrmObjectType, property: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of state.records[objectType]) {
    const value = record.properties[property];
    if (value && !record.archived) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
