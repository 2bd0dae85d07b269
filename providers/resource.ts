import * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../lifecycle/resources";
import { dynamicProviderFor } from "./dynamic-provider";

/**
 * Type tokens are part of the state contract (`pulumi-nodejs:dynamic/<crm>:<Type>`): renaming one
 * replaces every resource of that kind unless an alias is added.
 */
export const typeTokens: Record<ResourceSpec["kind"], { module: string; type: string }> = {
  "salesforce:value-set": { module: "salesforce", type: "ValueSet" },
  "salesforce:picklist-field": { module: "salesforce", type: "PicklistField" },
  "salesforce:sales-process": { module: "salesforce", type: "SalesProcess" },
  "salesforce:validation-rule": { module: "salesforce", type: "ValidationRule" },
  "salesforce:flow": { module: "salesforce", type: "Flow" },
  "hubspot:property-options": { module: "hubspot", type: "PropertyOptions" },
  "hubspot:pipeline": { module: "hubspot", type: "Pipeline" },
  "hubspot:workflow": { module: "hubspot", type: "Workflow" },
};

/** One CRM object declared from a compiled spec; its Pulumi name is the spec's stable `name`. */
export class CrmResource extends pulumi.dynamic.Resource {
  constructor(spec: ResourceSpec, opts?: pulumi.CustomResourceOptions) {
    const token = typeTokens[spec.kind];
    super(dynamicProviderFor(spec.kind), spec.name, { ...spec }, opts, token.module, token.type);
  }
}
