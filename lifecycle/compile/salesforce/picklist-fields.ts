import type { SalesforcePicklistFieldSpec } from "../../../specs";
import { SALESFORCE, developerNameFromKey, fitDeveloperName, salesforceValue, valueDescription } from "../../names";
import { type Architecture, isDealPipeline } from "../../schema";
import { replacementsFor } from "../architecture-lookups";

function kebab(text: string): string {
  return text.replace(/__c$/, "").replace(/_/g, "-").toLowerCase();
}

/** Bowtie's description of `Lifecycle_Stage__c`, unless the architecture keeps the org's. */
export const LIFECYCLE_FIELD_DESCRIPTION = "Funnel position (forward-only). Managed by Bowtie; the working state is the Status field.";

/** `Lifecycle_Stage__c` on Lead, Contact and Account: the lifecycle stages in forward order. */
function lifecycleFields(arch: Architecture): SalesforcePicklistFieldSpec[] {
  const settings = arch.salesforce?.lifecycleField;
  const description = settings?.description ?? LIFECYCLE_FIELD_DESCRIPTION;
  const firstIsDefault = settings?.firstStageIsDefault ?? true;
  const replacements = replacementsFor(arch.replacements.lifecycle, "salesforce", (key) => {
    const stage = arch.lifecycle.find((s) => s.key === key);
    return stage && salesforceValue(stage);
  });
  return SALESFORCE.lifecycleObjects.map((object) => ({
    kind: "salesforce:picklist-field",
    name: `sf-field-${object.toLowerCase()}-lifecycle-stage`,
    object,
    field: SALESFORCE.lifecycleField,
    label: "Lifecycle Stage",
    ...(description === "" ? {} : { description }),
    restricted: true,
    values: arch.lifecycle.map((s, i) => ({ apiName: salesforceValue(s), label: s.label, description: valueDescription(s), default: firstIsDefault && i === 0 })),
    replacements,
  }));
}

/** `Drop_Off_Reason__c` on Lead and Opportunity, each with the reasons that apply to it. */
function dropOffFields(arch: Architecture): SalesforcePicklistFieldSpec[] {
  const objects = [
    { object: "Lead", appliesTo: "lead" as const },
    { object: "Opportunity", appliesTo: "opportunity" as const },
  ];
  return objects
    .map(({ object, appliesTo }) => ({ object, reasons: arch.dropOffReasons.filter((r) => r.appliesTo.includes(appliesTo)) }))
    .filter(({ reasons }) => reasons.length > 0)
    .map(({ object, reasons }) => ({
      kind: "salesforce:picklist-field",
      name: `sf-field-${object.toLowerCase()}-drop-off-reason`,
      object,
      field: SALESFORCE.dropOffField,
      label: "Drop-off Reason",
      description: "Why the record did not advance. Required when disqualified or lost.",
      restricted: true,
      values: reasons.map((r) => ({ apiName: salesforceValue(r), label: r.label })),
      replacements: [],
    }));
}

/** The customer-success pipeline on Salesforce: a restricted Account picklist, out of forecasting. */
function customerSuccessFields(arch: Architecture): SalesforcePicklistFieldSpec[] {
  return Object.entries(arch.pipelines)
    .filter(([, p]) => !isDealPipeline(p))
    .map(([key, pipeline]) => {
      const field = `${fitDeveloperName(`${pipeline.names.salesforce ?? developerNameFromKey(key)}_Stage`, 40)}__c`;
      return {
        kind: "salesforce:picklist-field",
        name: `sf-field-account-${kebab(field)}`,
        object: "Account",
        field,
        label: `${pipeline.label} Stage`,
        description: pipeline.description ?? `Stages of the ${pipeline.label} pipeline.`,
        restricted: true,
        values: pipeline.stages.map((s) => ({ apiName: salesforceValue(s), label: s.label, ...(s.definition === undefined ? {} : { description: s.definition }) })),
        replacements: replacementsFor(arch.replacements.pipelines[key] ?? [], "salesforce", (to) => {
          const stage = pipeline.stages.find((s) => s.key === to);
          return stage && salesforceValue(stage);
        }),
      };
    });
}

export function picklistFields(arch: Architecture): SalesforcePicklistFieldSpec[] {
  return [...lifecycleFields(arch), ...dropOffFields(arch), ...customerSuccessFields(arch)];
}
