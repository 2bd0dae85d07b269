import { encodeMetadataName } from "../../specs/salesforce/metadata-name";
import { salesforceSandboxCredentials as creds } from "./credentials";
import type { MetadataRecord } from "./metadata/coerce";
import type { Scenario } from "../common/scenario";
import { newRecordId } from "./sobjects";
import type { FieldValue, OrgState, SObjectRecord } from "./state";


const leadStatus = (fullName: string, extra: Record<string, unknown> = {}) => ({ fullName, default: false, label: fullName, ...extra });
const stage = (fullName: string, probability: number, forecastCategory: string, closed = false, won = false) => ({
  fullName, default: false, label: fullName, closed, won, probability, forecastCategory,
});
const customValue = (fullName: string) => ({ fullName, default: false, label: fullName });

function standardValueSets(messy: boolean): Record<string, MetadataRecord> {
  const leadStatuses = messy
    ? [
        leadStatus("Open - Not Contacted", { default: true }),
        leadStatus("Working - Contacted"),
        leadStatus("Closed - Converted", { converted: true }),
        leadStatus("Closed - Not Converted"),
        leadStatus("Trending Up"),
      ]
    : [leadStatus("Open - Not Contacted", { default: true }), leadStatus("Closed - Converted", { converted: true })];
  const stages = [
    stage("Prospecting", 10, "Pipeline"),
    stage("Qualification", 10, "Pipeline"),
    ...(messy
      ? [
          stage("Needs Analysis", 20, "Pipeline"),
          stage("Value Proposition", 50, "Pipeline"),
          stage("Id. Decision Makers", 60, "Pipeline"),
          stage("Perception Analysis", 70, "Pipeline"),
          stage("Proposal/Price Quote", 75, "Pipeline"),
          stage("Negotiation/Review", 90, "Pipeline"),
        ]
      : []),
    stage("Closed Won", 100, "Closed", true, true),
    stage("Closed Lost", 0, "Omitted", true, false),
    ...(messy
      ? [stage("Renewal 120 Days", 20, "Pipeline"), stage("Renewal 90 Days", 40, "Pipeline"), stage("Renewal 60 Days", 60, "BestCase")]
      : []),
  ];
  return {
    LeadStatus: { fullName: "LeadStatus", sorted: false, standardValue: leadStatuses },
    OpportunityStage: { fullName: "OpportunityStage", sorted: false, standardValue: stages },
  };
}

/** Legacy lifecycle values; records only use the ones the default architecture keeps or replaces. */
const legacyLifecycleValues = ["Lead", "MQL", "SQL", "Opportunity", "Customer", "Won", "Lost", "Trending Up"];

function lifecycleField(object: string): MetadataRecord {
  return {
    fullName: `${object}.Lifecycle_Stage__c`,
    label: "Lifecycle Stage",
    type: "Picklist",
    required: false,
    valueSet: { restricted: true, valueSetDefinition: { sorted: false, value: legacyLifecycleValues.map(customValue) } },
  };
}

function messyMetadata(): Record<string, Record<string, MetadataRecord>> {
  return {
    CustomField: Object.fromEntries(["Lead", "Contact", "Account"].map((o) => [`${o}.Lifecycle_Stage__c`, lifecycleField(o)])),
    GlobalValueSet: {},
    BusinessProcess: {
      "Opportunity.Legacy_Sales_Process": {
        fullName: "Opportunity.Legacy_Sales_Process",
        description: "Everything in one process, renewals included",
        isActive: true,
        values: ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost", "Renewal 90 Days"].map(
          (name, i) => ({ fullName: encodeMetadataName(name), default: i === 0 }),
        ),
      },
    },
    RecordType: {
      "Opportunity.Legacy_Sales": { fullName: "Opportunity.Legacy_Sales", label: "Legacy Sales", active: true, businessProcess: "Legacy_Sales_Process" },
    },
    ValidationRule: {
      "Opportunity.Amount_Required_On_Proposal": {
        fullName: "Opportunity.Amount_Required_On_Proposal",
        active: true,
        description: "Legacy: amount on proposal",
        errorConditionFormula: "AND(ISPICKVAL(StageName, \"Proposal/Price Quote\"), ISBLANK(Amount))",
        errorDisplayField: "Amount",
        errorMessage: "Enter an amount before sending a proposal.",
      },
      "Lead.Legacy_Company_Required": {
        fullName: "Lead.Legacy_Company_Required",
        active: false,
        errorConditionFormula: "ISBLANK(Company)",
        errorMessage: "Company is required.",
      },
    },
  };
}

function legacyFlow(): MetadataRecord {
  return {
    fullName: "Legacy_Account_Won",
    label: "Legacy: mark account Won",
    processType: "AutoLaunchedFlow",
    status: "Active",
    start: {
      locationX: 50, locationY: 0, object: "Opportunity", recordTriggerType: "Update", triggerType: "RecordAfterSave",
      filterLogic: "and",
      filters: [{ field: "StageName", operator: "EqualTo", value: { stringValue: "Closed Won" } }],
      connector: { targetReference: "Set_Account_Won" },
    },
    recordUpdates: [
      {
        name: "Set_Account_Won", label: "Set Account Won", locationX: 176, locationY: 335, object: "Account",
        filterLogic: "and",
        filters: [{ field: "Id", operator: "EqualTo", value: { elementReference: "$Record.AccountId" } }],
        inputAssignments: [{ field: "Lifecycle_Stage__c", value: { stringValue: "Won" } }],
      },
    ],
  };
}

function messyRecords(state: OrgState): Record<string, SObjectRecord[]> {
  const make = (type: string, fields: Record<string, FieldValue>): SObjectRecord => ({ Id: newRecordId(state, type), ...fields });
  const accounts = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"].map((name, i) =>
    make("Account", { Name: name, Lifecycle_Stage__c: ["Won", "Won", "Lost", "SQL", "Trending Up", "Won", "SQL", "MQL"][i] }),
  );
  const leadStates: Array<[string, string]> = [
    ["Open - Not Contacted", "MQL"], ["Open - Not Contacted", "MQL"], ["Open - Not Contacted", "Trending Up"],
    ["Working - Contacted", "MQL"], ["Working - Contacted", "SQL"], ["Working - Contacted", "Trending Up"],
    ["Trending Up", "Trending Up"], ["Trending Up", "MQL"], ["Trending Up", "Trending Up"],
    ["Closed - Not Converted", "Lost"], ["Closed - Not Converted", "Lost"], ["Closed - Converted", "Won"],
    ["Closed - Converted", "SQL"], ["Open - Not Contacted", "Won"], ["Working - Contacted", "MQL"],
    ["Trending Up", "SQL"], ["Open - Not Contacted", "MQL"], ["Working - Contacted", "Lost"],
  ];
  const leads = leadStates.map(([status, stageValue], i) =>
    make("Lead", { LastName: `Lead ${i + 1}`, Company: `Prospect ${i + 1}`, Status: status, Lifecycle_Stage__c: stageValue, IsConverted: false }),
  );
  const contacts = ["Won", "Won", "Won", "Lost", "SQL", "Trending Up", "MQL", "SQL", "Lost", "Trending Up"].map((value, i) =>
    make("Contact", { LastName: `Contact ${i + 1}`, AccountId: accounts[i % accounts.length]!.Id, Lifecycle_Stage__c: value }),
  );
  const oppStages = [
    "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis",
    "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost", "Renewal 120 Days", "Renewal 90 Days",
    "Renewal 60 Days", "Renewal 90 Days", "Closed Won", "Prospecting",
  ];
  const opportunities = oppStages.map((stageName, i) =>
    make("Opportunity", { Name: `Deal ${i + 1}`, StageName: stageName, AccountId: accounts[i % accounts.length]!.Id, Amount: 1000 * (i + 1), CloseDate: "2025-12-31" }),
  );
  return { Account: accounts, Lead: leads, Contact: contacts, Opportunity: opportunities };
}

/** A fresh org for `scenario` (`messy`: the seed's failure patterns; `empty`: only the standard value sets), with the demo user and connected app registered. */
export function seedOrg(scenario: Scenario): OrgState {
  const messy = scenario === "messy";
  const state: OrgState = {
    orgId: "00D5g000004BowtAAA",
    userId: "0055g00000BowtiAAA",
    users: [{ username: creds.username, password: creds.password }],
    connectedApps: [{ clientId: creds.clientId, clientSecret: creds.clientSecret, publicKey: creds.publicKey, runAs: creds.username }],
    sessions: {},
    metadata: { StandardValueSet: standardValueSets(messy), ...(messy ? messyMetadata() : {}) },
    flows: {},
    records: { Lead: [], Contact: [], Account: [], Opportunity: [] },
    limits: { dailyApiRequests: 15_000, used: 0 },
    nextId: 0,
  };
  if (messy) {
    state.flows.Legacy_Account_Won = [{ versionNumber: 1, status: "Active", metadata: legacyFlow() }];
    state.records = messyRecords(state);
  }
  return state;
}
