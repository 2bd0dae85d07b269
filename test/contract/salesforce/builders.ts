import type {
  SalesforceFlowSpec, SalesforcePicklistFieldSpec, SalesforceSalesProcessSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec,
} from "../../../specs";

/** Fixture builders with partial overrides. */
export const leadStatusSpec = (overrides: Partial<SalesforceValueSetSpec> = {}): SalesforceValueSetSpec => ({
  kind: "salesforce:value-set",
  name: "sf-value-set-lead-status",
  valueSetName: "LeadStatus",
  standard: true,
  values: [
    { apiName: "New", label: "New", default: true },
    { apiName: "Working", label: "Working" },
    { apiName: "Engaged", label: "Engaged" },
    { apiName: "Qualified", label: "Qualified", converted: true },
    { apiName: "Disqualified", label: "Disqualified" },
  ],
  replacements: [
    { from: "Open - Not Contacted", to: "New" },
    { from: "Working - Contacted", to: "Working" },
    { from: "Closed - Converted", to: "Qualified" },
    { from: "Closed - Not Converted", to: "Disqualified" },
    { from: "Trending Up", to: "Engaged" },
  ],
  ...overrides,
});

export const lifecycleFieldSpec = (overrides: Partial<SalesforcePicklistFieldSpec> = {}): SalesforcePicklistFieldSpec => ({
  kind: "salesforce:picklist-field",
  name: "sf-field-lead-lifecycle-stage",
  object: "Lead",
  field: "Lifecycle_Stage__c",
  label: "Lifecycle Stage",
  restricted: true,
  values: ["Known Lead", "Marketing Engaged", "MQL", "SAL", "SQL", "Closed Won"].map((apiName) => ({ apiName, label: apiName })),
  replacements: [
    { from: "Won", to: "Closed Won" },
    { from: "Lost", to: "SQL" },
    { from: "Trending Up", to: "Marketing Engaged" },
  ],
  ...overrides,
});

export const salesProcessSpec = (overrides: Partial<SalesforceSalesProcessSpec> = {}): SalesforceSalesProcessSpec => ({
  kind: "salesforce:sales-process",
  name: "sf-process-new-business",
  object: "Opportunity",
  processName: "New_Business",
  label: "New Business",
  description: "First purchase by a new customer.",
  stages: ["Prospecting", "Qualification", "Closed Won", "Closed Lost"],
  recordType: { apiName: "New_Business", label: "New Business" },
  ...overrides,
});

/** `Drop_Off_Reason__c` on an object: what the drop-off rules reference, so it must exist before them. */
export const dropOffFieldSpec = (object: "Lead" | "Opportunity"): SalesforcePicklistFieldSpec => ({
  kind: "salesforce:picklist-field",
  name: `sf-field-${object.toLowerCase()}-drop-off-reason`,
  object,
  field: "Drop_Off_Reason__c",
  label: "Drop-off Reason",
  restricted: true,
  values: [{ apiName: "No_Budget", label: "No budget" }, { apiName: "No_Fit", label: "No fit" }],
  replacements: [],
});

export const validationRuleSpec = (overrides: Partial<SalesforceValidationRuleSpec> = {}): SalesforceValidationRuleSpec => ({
  kind: "salesforce:validation-rule",
  name: "sf-rule-lead-drop-off",
  object: "Lead",
  ruleName: "Drop_Off_Reason_Required",
  active: true,
  description: "A disqualified lead records why it dropped off.",
  errorConditionFormula: 'AND(ISPICKVAL(Status, "Disqualified"), ISBLANK(TEXT(Drop_Off_Reason__c)))',
  errorMessage: "Choose a Drop-off Reason when disqualifying a lead.",
  errorDisplayField: "Drop_Off_Reason__c",
  ...overrides,
});

export const flowSpec = (overrides: Partial<SalesforceFlowSpec> = {}): SalesforceFlowSpec => ({
  kind: "salesforce:flow",
  name: "sf-flow-deal-won",
  flowName: "Bowtie_Deal_Won_Lifecycle",
  label: "Bowtie: opportunity Closed Won → contacts Closed Won",
  object: "Opportunity",
  recordTriggerType: "Update",
  triggerType: "RecordAfterSave",
  conditions: [
    { field: "StageName", operator: "EqualTo", value: "Closed Won" },
    { field: "StageName", operator: "IsChanged", value: true },
  ],
  update: { target: "Contact", relatedBy: "AccountId", recordField: "AccountId", field: "Lifecycle_Stage__c", value: "Closed Won", onlyFrom: ["SQL", "MQL"] },
  active: true,
  ...overrides,
});
