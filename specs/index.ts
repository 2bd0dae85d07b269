/**
 * The compiler's output: plain-JSON desired-state specs, one per CRM resource, each the `z.infer`
 * of its kind's zod schema. This folder is the contract between `lifecycle/` (which produces specs)
 * and `providers/` (which applies them); it imports nothing but zod.
 *
 * Invariant: `name` is the stable identity of a resource (it becomes the Pulumi resource name).
 * A relabel changes `label`s, never `name`s or value `apiName`s, so it is an update, not a replace.
 */
import type { HubSpotPipelineSpec } from "./hubspot/pipeline";
import type { HubSpotPropertyOptionsSpec } from "./hubspot/property-options";
import type { HubSpotWorkflowSpec } from "./hubspot/workflow";
import type { SalesforceFlowSpec } from "./salesforce/flow";
import type { SalesforcePicklistFieldSpec } from "./salesforce/picklist-field";
import type { SalesforceSalesProcessSpec } from "./salesforce/sales-process";
import type { SalesforceValidationRuleSpec } from "./salesforce/validation-rule";
import type { SalesforceValueSetSpec } from "./salesforce/value-set";

export type { ValueReplacement } from "./common";
export type { HubSpotPipelineSpec, HubSpotPipelineStageSpec } from "./hubspot/pipeline";
export type { HubSpotOptionSpec, HubSpotPropertyOptionsSpec } from "./hubspot/property-options";
export type { HubSpotWorkflowSpec } from "./hubspot/workflow";
export type { SalesforceFlowCondition, SalesforceFlowSpec } from "./salesforce/flow";
export type { SalesforcePicklistFieldSpec } from "./salesforce/picklist-field";
export type { SalesforcePicklistValueSpec } from "./salesforce/picklist-value";
export type { SalesforceSalesProcessSpec } from "./salesforce/sales-process";
export type { SalesforceValidationRuleSpec } from "./salesforce/validation-rule";
export type { SalesforceValueSetSpec } from "./salesforce/value-set";

export type SalesforceResourceSpec =
  | SalesforceValueSetSpec
  | SalesforcePicklistFieldSpec
  | SalesforceSalesProcessSpec
  | SalesforceValidationRuleSpec
  | SalesforceFlowSpec;

export type HubSpotResourceSpec = HubSpotPropertyOptionsSpec | HubSpotPipelineSpec | HubSpotWorkflowSpec;

export type ResourceSpec = SalesforceResourceSpec | HubSpotResourceSpec;
export type Kind = ResourceSpec["kind"];
export type SpecOf<K extends Kind> = Extract<ResourceSpec, { kind: K }>;
export type Target = "salesforce" | "hubspot";
