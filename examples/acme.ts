/**
 * A small, complete architecture: the README's example. Point a stack at it with
 * `pulumi config set bowtie:architecture examples/acme.ts -s <stack>`.
 */
import { automations, defineArchitecture, dropOff, field, lostStage, openStage, pipeline, retire, rules, stage, status, wonStage } from "../lifecycle/define";

const amount = field("Amount", { salesforce: "Amount", hubspot: "amount" });

export default defineArchitecture({
  name: "Acme",
  lifecycle: [
    stage("known_lead", {
      label: "Known Lead", domain: "lead", owner: "Marketing", salesforce: "Known Lead", hubspot: "lead",
      definition: "Any contact with an email, phone or name; no engagement required.",
      entry: ["Contact record created with an email address"], exit: ["Fit and engagement reach the MQL threshold"],
    }),
    stage("mql", {
      label: "Marketing Qualified Lead", domain: "lead", owner: "Marketing", slaDays: 1, salesforce: "MQL", hubspot: "marketingqualifiedlead",
      definition: "A known lead whose fit and engagement meet the agreed threshold.",
      entry: ["ICP fit confirmed", "Lead score ≥ 60 or a hand-raise"], exit: ["SDR accepts the lead (SAL)"],
    }),
    stage("sal", {
      label: "Sales Accepted Lead", domain: "lead", owner: "SDR", slaDays: 2, salesforce: "SAL", hubspot: "salesacceptedlead",
      definition: "Sales has accepted the MQL and is working it.",
      entry: ["SDR accepted the MQL within the SLA"], exit: ["Discovery meeting booked and qualification confirmed"],
    }),
    stage("sql", {
      label: "Sales Qualified Lead", domain: "sales", owner: "Account Executive", slaDays: 14, golden: true, salesforce: "SQL", hubspot: "salesqualifiedlead",
      definition: "An opportunity exists: discovery is scheduled or held.",
      entry: ["Opportunity created", "Discovery meeting scheduled"], exit: ["Deal won or lost"],
    }),
    stage("customer", {
      label: "Customer Onboarded", domain: "customer", owner: "Customer Success", slaDays: 30, golden: true, salesforce: "Customer", hubspot: "customer",
      definition: "Contract signed and the customer has been onboarded.",
      entry: ["Contract signed", "Kickoff held"], exit: ["Renewal or churn"],
    }),
  ],
  statuses: [
    status("new", { label: "New", definition: "Not yet worked by Sales.", salesforce: "New", hubspot: "NEW" }),
    status("working", { label: "Working", definition: "Outreach in progress.", salesforce: "Working", hubspot: "IN_PROGRESS" }),
    status("qualified", { label: "Qualified", definition: "Converted: an opportunity was created.", kind: "converted", salesforce: "Qualified", hubspot: "OPEN_DEAL" }),
    status("disqualified", { label: "Disqualified", definition: "Will not be pursued.", kind: "disqualified", salesforce: "Disqualified", hubspot: "UNQUALIFIED" }),
  ],
  pipelines: {
    new_business: pipeline({
      label: "New Business", kind: "new-business", salesforce: "New_Business",
      stages: [
        openStage("discovery", { label: "Discovery Held", probability: 0.2, forecastCategory: "Pipeline", lifecycle: "sql", owner: "Account Executive", entry: ["Discovery call held"] }),
        openStage("proposal", { label: "Proposal Sent", probability: 0.6, forecastCategory: "BestCase", owner: "Account Executive", entry: ["Proposal sent to the economic buyer"], required: [amount] }),
        wonStage("won", { label: "Closed Won", probability: 1, forecastCategory: "Closed", owner: "Account Executive", entry: ["Contract signed"], required: [amount] }),
        lostStage("lost", { label: "Closed Lost", probability: 0, forecastCategory: "Omitted", owner: "Account Executive", entry: ["Drop-off reason recorded"] }),
      ],
    }),
  },
  dropOffReasons: [dropOff("no_budget", "No Budget", ["lead", "opportunity"]), dropOff("competitor", "Lost to Competitor", ["opportunity"])],
  rules: [rules.forwardOnlyLifecycle(), rules.requiredFieldsOnEntry(), rules.dropOffReasonRequired()],
  automations: [automations.dealCreated("sql"), automations.dealWon("customer"), automations.companyRollup()],
  replacements: { lifecycle: [retire("Trending Up", "mql", "salesforce")], statuses: [], pipelines: {} },
});
