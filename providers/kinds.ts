/**
 * The registry of resource kinds: one `KindDefinition` per kind of `ResourceSpec`. Its type makes a
 * kind without a definition (or a definition filed under another kind) a compile error.
 */
import type { Kind, ResourceSpec, SpecOf } from "../specs";
import type { KindDefinition } from "./core/kind";
import { pipelineKind } from "./hubspot/pipeline";
import { propertyOptionsKind } from "./hubspot/property-options";
import { workflowKind } from "./hubspot/workflow";
import { flowKind } from "./salesforce/flow";
import { picklistFieldKind } from "./salesforce/picklist-field";
import { salesProcessKind } from "./salesforce/sales-process";
import { validationRuleKind } from "./salesforce/validation-rule";
import { valueSetKind } from "./salesforce/value-set";

type Registry = { [K in Kind]: KindDefinition<SpecOf<K>, any> & { kind: K } };

export const kinds: Registry = {
  "salesforce:value-set": valueSetKind,
  "salesforce:picklist-field": picklistFieldKind,
  "salesforce:sales-process": salesProcessKind,
  "salesforce:validation-rule": validationRuleKind,
  "salesforce:flow": flowKind,
  "hubspot:property-options": propertyOptionsKind,
  "hubspot:pipeline": pipelineKind,
  "hubspot:workflow": workflowKind,
};

/** The definition of `kind`, over any spec (callers hold a spec whose `kind` says which). */
export function definitionOf(kind: Kind): KindDefinition<ResourceSpec, any> {
  return kinds[kind] as unknown as KindDefinition<ResourceSpec, any>;
}

export function isKind(kind: unknown): kind is Kind {
  return typeof kind === "string" && Object.hasOwn(kinds, kind);
}
