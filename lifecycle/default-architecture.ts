/**
 * The default architecture: the seed's Definition Alignment Terms as a lifecycle model, plus the
 * replacements that migrate a typical "messy" org/portal (Won/Lost in lifecycle, no SAL,
 * 120/90/60-day renewal stages, "Trending Up") onto it.
 */
import { automations, defineArchitecture, dropOff, field, lostStage, openStage, pipeline, retire, rules, stage, status, wonStage } from "./define";
import type { Architecture } from "./schema";
import { parseArchitecture } from "./validate";

const email = field("Email", { salesforce: "Email", hubspot: "email" });
const leadSource = field("Lead Source", { salesforce: "LeadSource", hubspot: "hs_analytics_source", picklist: true });
const amount = field("Amount", { salesforce: "Amount", hubspot: "amount" });
const closeDate = field("Close Date", { salesforce: "CloseDate", hubspot: "closedate" });
const nextStep = field("Next Step", { salesforce: "NextStep", hubspot: "hs_next_step" });

const lifecycle = [
  stage("known_lead", {
    label: "Known Lead", domain: "lead", salesforce: "Known Lead", hubspot: "lead",
    definition: "Any contact in the database with an email, phone or name; no engagement required.",
    entry: ["Record created with at least an email address, phone number or full name"],
    exit: ["Engages with content (download, webinar, video view): moves to Marketing Engaged Lead", "Hand-raise or scoring threshold reached: moves to MQL"],
    owner: "Marketing", slaDays: 30,
    redFlags: ["No engagement after 30 days", "Missing email and phone"],
    handoff: "Stays with Marketing nurture until engagement is recorded.",
  }),
  stage("marketing_engaged", {
    label: "Marketing Engaged Lead", domain: "lead", salesforce: "Marketing Engaged", hubspot: "marketingengagedlead",
    definition: "A lead engaging with content (downloads, webinars, video views) but not requesting sales contact.",
    entry: ["At least one content engagement recorded (form fill, webinar attendance, tracked video view)"],
    exit: ["ICP fit confirmed and lead score at or above the MQL threshold, or a hand-raise (demo or contact request)"],
    owner: "Marketing", slaDays: 60,
    redFlags: ["Score rising but no ICP fit data", "Engaged for 60 days without reaching MQL"],
  }),
  stage("mql", {
    label: "Marketing Qualified Lead", domain: "lead", salesforce: "MQL", hubspot: "marketingqualifiedlead",
    definition: "The handoff point from Marketing to Sales: qualified on ICP fit and intent (scoring threshold or hand-raise).",
    entry: ["ICP fit confirmed (industry, company size, role)", "Lead score at or above the agreed threshold, or a hand-raise"],
    exit: ["An SDR accepts the lead and commits to outreach: moves to SAL", "Rejected with a drop-off reason"],
    owner: "Marketing (handoff to SDR)", slaDays: 1,
    required: [email, leadSource],
    redFlags: ["Not accepted or rejected within 1 business day", "MQL volume rising while SAL rate falls"],
    handoff: "Routed to an SDR queue; the SDR accepts (SAL) or rejects with a reason within one business day.",
  }),
  stage("sal", {
    label: "Sales Accepted Lead", domain: "lead", salesforce: "SAL", hubspot: "salesacceptedlead",
    definition: "Sales has received the MQL and agreed to work it. Not yet qualified: accepted for outreach.",
    entry: ["SDR accepted the MQL (owner assigned, status Working)", "Or a meeting was booked by the lead"],
    exit: ["Discovery call scheduled or held and an opportunity created: moves to SQL", "Disqualified with a drop-off reason"],
    owner: "Sales Development (SDR)", slaDays: 5,
    redFlags: ["No outreach logged within 24 hours of acceptance", "Five business days without a discovery meeting"],
    handoff: "SDR books the discovery call with an AE and creates the opportunity.",
  }),
  stage("sql", {
    label: "Sales Qualified Lead", domain: "sales", salesforce: "SQL", hubspot: "salesqualifiedlead", golden: true,
    definition: "Stage 0 opportunity: discovery call scheduled or completed. The pipeline creation point.",
    entry: ["An opportunity exists for the contact's account", "Discovery call scheduled or completed with an AE"],
    exit: ["Discovery held and qualification criteria (e.g. BANT) met: moves to SAO", "Opportunity closed lost with a drop-off reason"],
    owner: "Sales (Account Executive)", slaDays: 14,
    redFlags: ["Discovery call not held within 14 days", "Opportunity without amount or close date after discovery"],
    handoff: "AE runs discovery and accepts or rejects the opportunity.",
  }),
  stage("sao", {
    label: "Sales Accepted Opportunity", domain: "sales", salesforce: "SAO", hubspot: "opportunity",
    definition: "Stage 1 opportunity: discovery or demo occurred and the prospect meets the qualification criteria. Pipeline value assigned.",
    entry: ["Discovery or demo completed", "Qualification criteria (BANT) documented", "Amount and close date set"],
    exit: ["Evaluation plan agreed with the buyer: moves to Evaluation Started"],
    owner: "Sales (Account Executive)", slaDays: 21,
    redFlags: ["No next step booked", "Close date pushed more than once"],
  }),
  stage("evaluation", {
    label: "Evaluation Started", domain: "sales", salesforce: "Evaluation", hubspot: "evaluationstarted",
    definition: "Stage 2 opportunity: an evaluation has been kicked off to prove value for the expected use case.",
    entry: ["Use case and success criteria agreed with the buyer", "Evaluation (trial, POC or technical validation) kicked off"],
    exit: ["Success criteria met and proposal requested: moves to Proposal Sent"],
    owner: "Sales (AE with Solutions Engineer)", slaDays: 30,
    redFlags: ["No economic buyer identified", "Evaluation running past its agreed end date"],
  }),
  stage("proposal", {
    label: "Proposal Sent", domain: "sales", salesforce: "Proposal/Negotiation", hubspot: "proposalsent",
    definition: "Stage 3 opportunity: proposal sent, terms under negotiation.",
    entry: ["Written proposal with pricing sent to the economic buyer"],
    exit: ["Contract signed: moves to Closed Won", "Deal lost with a drop-off reason"],
    owner: "Sales (Account Executive)", slaDays: 21,
    redFlags: ["Procurement or legal not engaged", "Discount requested beyond approval limits"],
  }),
  stage("closed_won", {
    label: "Closed Won", domain: "sales", salesforce: "Closed Won", hubspot: "customer", golden: true,
    definition: "The prospect agreed to terms and signed a contract.",
    entry: ["Contract signed by both parties", "Opportunity stage is Closed Won"],
    exit: ["CSM assigned and handover meeting held: moves to Pre-Onboarding"],
    owner: "Sales (handoff to Customer Success)", slaDays: 2,
    redFlags: ["No CSM assigned within 2 business days", "Handover notes missing"],
    handoff: "AE hands over to the CSM with the success criteria captured during evaluation.",
  }),
  stage("pre_onboarding", {
    label: "Pre-Onboarding", domain: "customer", salesforce: "Pre-Onboarding", hubspot: "preonboarding",
    definition: "CS engagement around signature: introductions, implementation planning and onboarding preparation.",
    entry: ["CSM assigned", "Handover from the AE completed"],
    exit: ["Kickoff meeting held with the customer: moves to Onboarding"],
    owner: "Customer Success (CSM)", slaDays: 7,
    redFlags: ["Kickoff not scheduled within a week of signature"],
  }),
  stage("onboarding", {
    label: "Onboarding", domain: "customer", salesforce: "Onboarding", hubspot: "onboarding",
    definition: "Post-closed-won: the customer is introduced to the CSM, the roadmap is outlined and success criteria are defined.",
    entry: ["Kickoff meeting held", "Success criteria and roadmap shared with the customer"],
    exit: ["Implementation plan signed off: moves to Implementation"],
    owner: "Customer Success (CSM)", slaDays: 14,
    redFlags: ["No executive sponsor on the customer side", "Success criteria not agreed"],
  }),
  stage("implementation", {
    label: "Implementation", domain: "customer", salesforce: "Implementation", hubspot: "implementation",
    definition: "Technical or process work to connect, integrate and set up the product.",
    entry: ["Implementation plan signed off", "Technical contact named"],
    exit: ["First time to value (FTV) reached: moves to Early Adoption"],
    owner: "Implementation (Solutions Engineer)", slaDays: 45,
    redFlags: ["Integration blocked for more than a week", "Implementation running past plan"],
  }),
  stage("early_adoption", {
    label: "Early Adoption", domain: "customer", salesforce: "Early Adoption", hubspot: "earlyadoption", golden: true,
    definition: "First time to value achieved: the customer is getting results and operating independently.",
    entry: ["First time to value milestone recorded by the CSM", "Customer operating without implementation support"],
    exit: ["Usage at target across the contracted scope for a full quarter: moves to Mature Adoption"],
    owner: "Customer Success (CSM)", slaDays: 90,
    redFlags: ["Active usage declining", "Support tickets rising after go-live"],
  }),
  stage("mature_adoption", {
    label: "Mature Adoption", domain: "customer", salesforce: "Mature Adoption", hubspot: "matureadoption",
    definition: "The customer is fully proficient, getting maximum value; churn risk is extremely low.",
    entry: ["Usage at target across the contracted scope for a full quarter", "Health score green"],
    exit: ["Terminal stage: expansion and renewal run in their own pipelines"],
    owner: "Customer Success (CSM)", slaDays: 365,
    redFlags: ["Health score drops to amber or red", "Executive sponsor leaves"],
  }),
];

const statuses = [
  status("new", { label: "New", definition: "Not yet worked by Sales.", salesforce: "New", hubspot: "NEW" }),
  status("working", { label: "Working", definition: "Outreach in progress; no two-way conversation yet.", salesforce: "Working", hubspot: "IN_PROGRESS" }),
  status("engaged", { label: "Engaged", definition: "Two-way conversation under way.", salesforce: "Engaged", hubspot: "CONNECTED" }),
  status("nurture", { label: "Nurture", definition: "Not ready now; returned to marketing nurture.", salesforce: "Nurture", hubspot: "NURTURE" }),
  status("qualified", { label: "Qualified", definition: "Converted: an opportunity was created.", kind: "converted", salesforce: "Qualified", hubspot: "OPEN_DEAL" }),
  status("disqualified", { label: "Disqualified", definition: "Will not be pursued; a drop-off reason is recorded.", kind: "disqualified", salesforce: "Disqualified", hubspot: "UNQUALIFIED" }),
];

const newBusiness = pipeline({
  label: "New Business", kind: "new-business", salesforce: "New_Business", hubspot: "default",
  description: "First purchase by a new customer.",
  stages: [
    openStage("sql", { label: "Discovery Scheduled", salesforce: "Discovery Scheduled", hubspot: "appointmentscheduled", probability: 0.1, forecastCategory: "Pipeline", lifecycle: "sql", owner: "Account Executive", slaDays: 14,
      entry: ["Opportunity created from an SAL with a discovery call booked"], exit: ["Discovery held and qualification criteria met"] }),
    openStage("sao", { label: "Opportunity Accepted", salesforce: "Opportunity Accepted", hubspot: "qualifiedtobuy", probability: 0.25, forecastCategory: "Pipeline", lifecycle: "sao", owner: "Account Executive", slaDays: 21,
      entry: ["Discovery or demo completed", "BANT documented"], exit: ["Evaluation plan agreed"], required: [amount, closeDate] }),
    openStage("evaluation", { label: "Evaluation Started", hubspot: "evaluationstarted", probability: 0.5, forecastCategory: "BestCase", lifecycle: "evaluation", owner: "Account Executive", slaDays: 30,
      entry: ["Use case and success criteria agreed", "Evaluation kicked off"], exit: ["Success criteria met"], required: [nextStep] }),
    openStage("proposal", { label: "Proposal Sent", hubspot: "proposalsent", probability: 0.75, forecastCategory: "Forecast", lifecycle: "proposal", owner: "Account Executive", slaDays: 21,
      entry: ["Proposal with pricing sent to the economic buyer"], exit: ["Contract signed or deal lost"], required: [amount, closeDate, nextStep] }),
    wonStage("closed_won", { label: "Closed Won", hubspot: "closedwon", probability: 1, forecastCategory: "Closed", lifecycle: "closed_won", owner: "Account Executive",
      entry: ["Contract signed by both parties"], required: [amount, closeDate] }),
    lostStage("closed_lost", { label: "Closed Lost", hubspot: "closedlost", probability: 0, forecastCategory: "Omitted", owner: "Account Executive",
      entry: ["Buyer declined or went silent after the agreed follow-ups", "Drop-off reason recorded"] }),
  ],
});

const renewal = pipeline({
  label: "Renewal", kind: "renewal", salesforce: "Renewal",
  description: "Renewal of an existing contract, staged by customer intent rather than days to expiry.",
  stages: [
    openStage("renewal_opened", { label: "Renewal Opened", probability: 0.2, forecastCategory: "Pipeline", owner: "Account Manager", slaDays: 30,
      entry: ["Renewal opportunity created for a contract up for renewal", "Current ARR and renewal date set"], exit: ["Value review held with the customer"], required: [amount, closeDate] }),
    openStage("value_reviewed", { label: "Value Review Completed", probability: 0.4, forecastCategory: "Pipeline", owner: "Account Manager", slaDays: 30,
      entry: ["Business review held: outcomes against success criteria presented"], exit: ["Customer confirms intent to renew"] }),
    openStage("renewal_proposed", { label: "Renewal Proposal Sent", probability: 0.7, forecastCategory: "BestCase", owner: "Account Manager", slaDays: 21,
      entry: ["Customer confirmed intent to renew", "Renewal quote sent"], exit: ["Terms agreed"], required: [nextStep] }),
    openStage("renewal_committed", { label: "Renewal Terms Agreed", probability: 0.9, forecastCategory: "Forecast", owner: "Account Manager", slaDays: 14,
      entry: ["Commercial terms agreed in writing"], exit: ["Renewal contract signed"] }),
    wonStage("renewal_won", { label: "Closed Won", salesforce: "Closed Won", probability: 1, forecastCategory: "Closed", owner: "Account Manager",
      entry: ["Renewal contract signed"], required: [amount, closeDate] }),
    lostStage("renewal_lost", { label: "Closed Lost", salesforce: "Closed Lost", probability: 0, forecastCategory: "Omitted", owner: "Account Manager",
      entry: ["Customer gave notice or contract lapsed", "Drop-off reason recorded"] }),
  ],
});

const expansion = pipeline({
  label: "Expansion", kind: "expansion", salesforce: "Expansion",
  description: "Upsell and cross-sell to existing customers.",
  stages: [
    openStage("expansion_confirmed", { label: "Expansion Need Confirmed", probability: 0.2, forecastCategory: "Pipeline", owner: "Account Manager", slaDays: 21,
      entry: ["Customer confirmed a need beyond the current contract (seats, product, region)"], exit: ["Scope and budget agreed"] }),
    openStage("expansion_scoped", { label: "Expansion Scoped", probability: 0.4, forecastCategory: "Pipeline", owner: "Account Manager", slaDays: 21,
      entry: ["Scope, budget holder and timeline documented"], exit: ["Proposal sent"], required: [amount, closeDate] }),
    openStage("expansion_proposed", { label: "Expansion Proposal Sent", probability: 0.7, forecastCategory: "BestCase", owner: "Account Manager", slaDays: 21,
      entry: ["Proposal with pricing sent"], exit: ["Order form signed or declined"], required: [nextStep] }),
    wonStage("expansion_won", { label: "Closed Won", salesforce: "Closed Won", probability: 1, forecastCategory: "Closed", owner: "Account Manager",
      entry: ["Order form signed"], required: [amount, closeDate] }),
    lostStage("expansion_lost", { label: "Closed Lost", salesforce: "Closed Lost", probability: 0, forecastCategory: "Omitted", owner: "Account Manager",
      entry: ["Customer declined the expansion", "Drop-off reason recorded"] }),
  ],
});

const customerSuccess = pipeline({
  label: "Customer Success", kind: "customer-success", salesforce: "Customer_Success",
  description: "Customer health from handover to mature adoption; kept out of revenue forecasting.",
  stages: [
    openStage("pre_onboarding", { label: "Pre-Onboarding", lifecycle: "pre_onboarding", owner: "CSM", slaDays: 7, entry: ["CSM assigned and AE handover completed"], exit: ["Kickoff held"] }),
    openStage("onboarding", { label: "Onboarding", lifecycle: "onboarding", owner: "CSM", slaDays: 14, entry: ["Kickoff held", "Success criteria agreed"], exit: ["Implementation plan signed off"] }),
    openStage("implementation", { label: "Implementation", lifecycle: "implementation", owner: "Solutions Engineer", slaDays: 45, entry: ["Implementation plan signed off"], exit: ["First time to value reached"] }),
    openStage("early_adoption", { label: "Early Adoption", lifecycle: "early_adoption", owner: "CSM", slaDays: 90, entry: ["First time to value recorded"], exit: ["Usage at target for a full quarter"] }),
    openStage("mature_adoption", { label: "Mature Adoption", lifecycle: "mature_adoption", owner: "CSM", entry: ["Usage at target for a full quarter", "Health score green"] }),
    lostStage("churned", { label: "Churned", owner: "CSM", entry: ["Contract ended without renewal", "Drop-off reason recorded on the renewal"] }),
  ],
});

const dropOffReasons = [
  dropOff("not_icp_fit", "Not ICP Fit", ["lead"]),
  dropOff("no_response", "No Response", ["lead"]),
  dropOff("duplicate", "Duplicate Record", ["lead"]),
  dropOff("no_budget", "No Budget", ["lead", "opportunity"]),
  dropOff("timing", "Timing Not Right", ["lead", "opportunity"]),
  dropOff("lost_to_competitor", "Lost to Competitor", ["opportunity"]),
  dropOff("no_decision", "No Decision", ["opportunity"]),
  dropOff("price", "Price", ["opportunity"]),
  dropOff("missing_capability", "Missing Capability", ["opportunity"]),
];

/** The default architecture as authored (unvalidated input). */
export const defaultArchitectureInput = defineArchitecture({
  name: "Default Bow Tie",
  description: "Lead, sales and customer lifecycle from the Definition Alignment Terms, with New Business, Renewal, Expansion and Customer Success pipelines.",
  lifecycle,
  statuses,
  pipelines: { new_business: newBusiness, renewal, expansion, customer_success: customerSuccess },
  dropOffReasons,
  rules: [rules.forwardOnlyLifecycle(), rules.requiredFieldsOnEntry(), rules.dropOffReasonRequired(), rules.stageRequiresOpportunity("sql")],
  automations: [
    automations.dealCreated("sql"),
    automations.dealWon("closed_won"),
    automations.meetingBooked("sal", { unlessAtOrBeyond: "sql" }),
    automations.companyRollup(),
  ],
  replacements: {
    lifecycle: [
      retire("Won", "closed_won", "salesforce"),
      retire("Lost", "sql", "salesforce"),
      retire("Trending Up", "marketing_engaged", "salesforce"),
      retire("subscriber", "known_lead", "hubspot"),
      retire("evangelist", "mature_adoption", "hubspot"),
      retire("other", "known_lead", "hubspot"),
      retire("won", "closed_won", "hubspot"),
      retire("lost", "sql", "hubspot"),
      retire("trending_up", "marketing_engaged", "hubspot"),
    ],
    statuses: [
      retire("Open - Not Contacted", "new", "salesforce"),
      retire("Working - Contacted", "working", "salesforce"),
      retire("Closed - Converted", "qualified", "salesforce"),
      retire("Closed - Not Converted", "disqualified", "salesforce"),
      retire("Trending Up", "engaged", "salesforce"),
      retire("OPEN", "new", "hubspot"),
      retire("ATTEMPTED_TO_CONTACT", "working", "hubspot"),
      retire("BAD_TIMING", "nurture", "hubspot"),
    ],
    pipelines: {
      new_business: [
        retire("Prospecting", "sql", "salesforce"),
        retire("Qualification", "sql", "salesforce"),
        retire("Needs Analysis", "sao", "salesforce"),
        retire("Value Proposition", "evaluation", "salesforce"),
        retire("Id. Decision Makers", "evaluation", "salesforce"),
        retire("Perception Analysis", "evaluation", "salesforce"),
        retire("Proposal/Price Quote", "proposal", "salesforce"),
        retire("Negotiation/Review", "proposal", "salesforce"),
        retire("presentationscheduled", "evaluation", "hubspot"),
        retire("decisionmakerboughtin", "proposal", "hubspot"),
        retire("contractsent", "proposal", "hubspot"),
      ],
      renewal: [
        retire("Renewal 120 Days", "renewal_opened", "salesforce"),
        retire("Renewal 90 Days", "value_reviewed", "salesforce"),
        retire("Renewal 60 Days", "renewal_proposed", "salesforce"),
        retire("renewal_120_days", "renewal_opened", "hubspot"),
        retire("renewal_90_days", "value_reviewed", "hubspot"),
        retire("renewal_60_days", "renewal_proposed", "hubspot"),
      ],
    },
  },
});

/** The default architecture, validated. */
export const defaultArchitecture: Architecture = parseArchitecture(defaultArchitectureInput);

export default defaultArchitectureInput;
