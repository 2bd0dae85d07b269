/**
 * The compiler's output: plain-JSON desired-state specs, one per CRM resource.
 *
 * This file is the contract between `lifecycle/` (which produces specs) and `providers/` (which
 * applies them). Specs are plain data: no functions, no classes, no Pulumi types, so they can be
 * passed as dynamic-resource inputs, golden-file tested and diffed.
 *
 * Invariant: `name` is the stable identity of a resource (it becomes the Pulumi resource name).
 * A relabel changes `label`s, never `name`s or value `apiName`s, so it is an update, not a replace.
 */

/** When a value is retired, the records that carry it move to `to` before it is deactivated/removed. */
export interface ValueReplacement {
  from: string;
  to: string;
}

// ---------------------------------------------------------------- Salesforce

/** One picklist value as Salesforce Metadata describes it (StandardValue / CustomValue). */
export interface SalesforcePicklistValueSpec {
  /** API name (`fullName`). Changing it is destructive in Salesforce: treat as retire + add. */
  apiName: string;
  label: string;
  description?: string;
  default?: boolean;
  /** OpportunityStage only. */
  closed?: boolean;
  won?: boolean;
  /** OpportunityStage only: 0–100 as Salesforce stores it. */
  probability?: number;
  forecastCategory?: "Omitted" | "Pipeline" | "BestCase" | "Forecast" | "Closed";
  /** LeadStatus only: exactly one value is the converted status. */
  converted?: boolean;
}

/** StandardValueSet (LeadStatus, OpportunityStage) or GlobalValueSet. */
export interface SalesforceValueSetSpec {
  kind: "salesforce:value-set";
  name: string;
  /** `LeadStatus`, `OpportunityStage`, or a global value set name. */
  valueSetName: string;
  standard: boolean;
  /** Order is the picklist order. Values not listed are deactivated (never deleted). */
  values: SalesforcePicklistValueSpec[];
  replacements: ValueReplacement[];
}

/** A restricted picklist CustomField, e.g. `Lead.Lifecycle_Stage__c`. */
export interface SalesforcePicklistFieldSpec {
  kind: "salesforce:picklist-field";
  name: string;
  object: string;
  /** `Lifecycle_Stage__c`; the Metadata fullName is `${object}.${field}`. */
  field: string;
  label: string;
  description?: string;
  restricted: boolean;
  values: SalesforcePicklistValueSpec[];
  replacements: ValueReplacement[];
}

/** BusinessProcess `Opportunity.<processName>` plus the RecordType that selects it. */
export interface SalesforceSalesProcessSpec {
  kind: "salesforce:sales-process";
  name: string;
  object: "Opportunity";
  /** API name of the process, e.g. `New_Business`. */
  processName: string;
  label: string;
  description?: string;
  /** OpportunityStage API names, in order; each must exist in the OpportunityStage value set. */
  stages: string[];
  recordType: { apiName: string; label: string; description?: string };
}

/** ValidationRule `Object.Name`. */
export interface SalesforceValidationRuleSpec {
  kind: "salesforce:validation-rule";
  name: string;
  object: string;
  ruleName: string;
  active: boolean;
  description?: string;
  errorConditionFormula: string;
  errorMessage: string;
  errorDisplayField?: string;
}

/** A record-triggered flow that sets one field when its condition holds. */
export interface SalesforceFlowSpec {
  kind: "salesforce:flow";
  name: string;
  /** Flow API name. */
  flowName: string;
  label: string;
  description?: string;
  /** Triggering object, e.g. `Opportunity`. */
  object: string;
  recordTriggerType: "Create" | "Update" | "CreateAndUpdate";
  triggerType: "RecordAfterSave" | "RecordBeforeSave";
  /** Entry conditions on the triggering record (ANDed). */
  conditions: SalesforceFlowCondition[];
  /** What the flow writes: a field on the triggering record or on a related object. */
  update: {
    /** `$Record` for the triggering record, or the related object API name (e.g. `Contact`). */
    target: string;
    /** For a related object: the lookup on it that points at the triggering record. */
    relatedBy?: string;
    /**
     * For a related object: the field on the triggering record that `relatedBy` must equal
     * (default `Id`). E.g. Event → Contact: `relatedBy: "Id"`, `recordField: "WhoId"`.
     */
    recordField?: string;
    field: string;
    value: string;
    /** Only update records whose field is currently one of these (e.g. not already past SAL). */
    onlyFrom?: string[];
  };
  active: boolean;
}

export interface SalesforceFlowCondition {
  field: string;
  operator: "EqualTo" | "NotEqualTo" | "IsChanged" | "IsNull";
  value?: string | boolean;
}

export type SalesforceResourceSpec =
  | SalesforceValueSetSpec
  | SalesforcePicklistFieldSpec
  | SalesforceSalesProcessSpec
  | SalesforceValidationRuleSpec
  | SalesforceFlowSpec;

// ---------------------------------------------------------------- HubSpot

export interface HubSpotOptionSpec {
  /** Internal value: the identity of the option. */
  value: string;
  label: string;
  description?: string;
  displayOrder: number;
  hidden?: boolean;
}

/** The options of one enumeration property (`lifecyclestage`, `hs_lead_status`, `drop_off_reason`). */
export interface HubSpotPropertyOptionsSpec {
  kind: "hubspot:property-options";
  name: string;
  objectType: "contacts" | "companies" | "deals" | "tickets";
  property: string;
  /** Set for custom properties Bowtie creates; undefined for HubSpot-defined ones, which always exist. */
  create?: { label: string; groupName: string; description?: string };
  options: HubSpotOptionSpec[];
  replacements: ValueReplacement[];
}

export interface HubSpotPipelineStageSpec {
  /** Stable key from the model; HubSpot assigns the stage id, the provider keeps the key → id map. */
  key: string;
  label: string;
  displayOrder: number;
  /** Deals: probability "0.0"–"1.0" and isClosed. Tickets: ticketState OPEN | CLOSED. */
  metadata: Record<string, string>;
}

export interface HubSpotPipelineSpec {
  kind: "hubspot:pipeline";
  name: string;
  objectType: "deals" | "tickets";
  /** Id of an existing pipeline this spec adopts (e.g. `default`); otherwise matched by label or created. */
  pipelineId?: string;
  label: string;
  displayOrder: number;
  stages: HubSpotPipelineStageSpec[];
  /** Keys of retired stages → key of the stage their records move to. */
  replacements: ValueReplacement[];
}

/** An automation v4 flow that sets a property when its trigger condition holds. */
export interface HubSpotWorkflowSpec {
  kind: "hubspot:workflow";
  name: string;
  label: string;
  description?: string;
  /** `0-1` contacts, `0-2` companies, `0-3` deals. */
  objectTypeId: "0-1" | "0-2" | "0-3";
  enrollment: {
    property: string;
    operator: "IS_ANY_OF" | "HAS_EVER_BEEN_ANY_OF" | "IS_KNOWN";
    values: string[];
  };
  /** Set-property action (`0-5`) on the enrolled record or an associated one. */
  setProperty: {
    target: "enrolled" | "associated-contacts" | "associated-company";
    property: string;
    value: string;
    /** Only set when the current value is one of these (forward-only lifecycle). */
    onlyFrom?: string[];
  };
  enabled: boolean;
}

export type HubSpotResourceSpec = HubSpotPropertyOptionsSpec | HubSpotPipelineSpec | HubSpotWorkflowSpec;

export type ResourceSpec = SalesforceResourceSpec | HubSpotResourceSpec;
export type Target = "salesforce" | "hubspot";
