import type { SalesforceValidationRuleSpec } from "../../../specs";
import { SALESFORCE, developerNameFromKey, fitDeveloperName, salesforceValue } from "../../names";
import { type Architecture, isDealPipeline, type RequiredField, type Rule } from "../../schema";
import { and, anyPickval, blank, entering, or, quote, rank } from "./formula";
import { hasSalesProcess, processName, recordTypeName } from "./sales-processes";

const LIFECYCLE = SALESFORCE.lifecycleField;
const DROP_OFF = SALESFORCE.dropOffField;

function rule(object: string, ruleName: string, spec: Omit<SalesforceValidationRuleSpec, "kind" | "name" | "object" | "ruleName" | "active">): SalesforceValidationRuleSpec {
  const fitted = fitDeveloperName(ruleName, SALESFORCE.limits.validationRuleName);
  return { kind: "salesforce:validation-rule", name: `sf-rule-${object.toLowerCase()}-${fitted.toLowerCase().replace(/_/g, "-")}`, object, ruleName: fitted, active: true, ...spec };
}

function forwardOnly(arch: Architecture): SalesforceValidationRuleSpec[] {
  const values = arch.lifecycle.map((s) => salesforceValue(s));
  return SALESFORCE.lifecycleObjects.map((object) =>
    rule(object, "Lifecycle_Forward_Only", {
      description: "Lifecycle stage only moves forward (retired values rank 0, so migrating off them is allowed).",
      errorConditionFormula: and([
        "NOT(ISNEW())",
        `ISCHANGED(${LIFECYCLE})`,
        `${rank(`TEXT(${LIFECYCLE})`, values)} < ${rank(`TEXT(PRIORVALUE(${LIFECYCLE}))`, values)}`,
      ]),
      errorMessage: "Lifecycle Stage only moves forward. To record a setback, set the Status or a Drop-off Reason instead of moving the stage back.",
      errorDisplayField: LIFECYCLE,
    }),
  );
}

function missing(fields: readonly RequiredField[]): { test: string; labels: string } | undefined {
  const named = fields.filter((f): f is RequiredField & { salesforce: string } => f.salesforce !== undefined);
  if (named.length === 0) return undefined;
  return { test: or(named.map((f) => blank(f.salesforce, f.picklist))), labels: named.map((f) => f.label).join(", ") };
}

function requiredOnEntry(arch: Architecture): SalesforceValidationRuleSpec[] {
  const lifecycle = arch.lifecycle.flatMap((stage) => {
    const m = missing(stage.requiredFields);
    if (m === undefined) return [];
    return (["Lead", "Contact"] as const).map((object) =>
      rule(object, `Required_Fields_${developerNameFromKey(stage.key)}`, {
        description: `Fields required on entering the lifecycle stage ${stage.label}.`,
        errorConditionFormula: and([entering(LIFECYCLE), anyPickval(LIFECYCLE, [salesforceValue(stage)]), m.test]),
        errorMessage: `${stage.label} requires ${m.labels}. Fill them in before moving the record to this stage.`,
        errorDisplayField: LIFECYCLE,
      }),
    );
  });
  const pipelines = Object.entries(arch.pipelines)
    .filter(([, p]) => isDealPipeline(p))
    .flatMap(([key, pipeline]) =>
      pipeline.stages.flatMap((stage) => {
        const m = missing(stage.requiredFields);
        if (m === undefined) return [];
        const process = processName(key, pipeline);
        // Opportunities of a pipeline without a process have no record type (the master picklist).
        const inPipeline = hasSalesProcess(pipeline) ? `RecordType.DeveloperName = ${quote(recordTypeName(key, pipeline))}` : "ISBLANK(RecordTypeId)";
        return [
          rule("Opportunity", `${process}_${developerNameFromKey(stage.key)}_Fields`, {
            description: `Fields required on entering ${stage.label} in the ${pipeline.label} pipeline.`,
            errorConditionFormula: and([entering("StageName"), inPipeline, anyPickval("StageName", [salesforceValue(stage)]), m.test]),
            errorMessage: `${stage.label} (${pipeline.label}) requires ${m.labels}. Fill them in before moving the opportunity to this stage.`,
            errorDisplayField: "StageName",
          }),
        ];
      }),
    );
  return [...lifecycle, ...pipelines];
}

function dropOffRequired(arch: Architecture): SalesforceValidationRuleSpec[] {
  const disqualified = arch.statuses.filter((s) => s.kind === "disqualified").map((s) => salesforceValue(s));
  const lost = [...new Set(Object.values(arch.pipelines).filter(isDealPipeline).flatMap((p) => p.stages.filter((s) => s.outcome === "lost").map((s) => salesforceValue(s))))];
  const specs: SalesforceValidationRuleSpec[] = [];
  if (disqualified.length > 0 && arch.dropOffReasons.some((r) => r.appliesTo.includes("lead")))
    specs.push(rule("Lead", "Drop_Off_Reason_Required", {
      description: "A disqualified lead records why it dropped off.",
      errorConditionFormula: and([entering("Status"), anyPickval("Status", disqualified), blank(DROP_OFF, true)]),
      errorMessage: "Choose a Drop-off Reason when disqualifying a lead.",
      errorDisplayField: DROP_OFF,
    }));
  if (lost.length > 0 && arch.dropOffReasons.some((r) => r.appliesTo.includes("opportunity")))
    specs.push(rule("Opportunity", "Drop_Off_Reason_Required", {
      description: "A lost opportunity records why it dropped off.",
      errorConditionFormula: and([entering("StageName"), anyPickval("StageName", lost), blank(DROP_OFF, true)]),
      errorMessage: "Choose a Drop-off Reason when closing an opportunity as lost.",
      errorDisplayField: DROP_OFF,
    }));
  return specs;
}

/** A lead cannot reach the stage (or beyond) until it is converted with an opportunity. */
function requiresOpportunity(arch: Architecture, stageKey: string): SalesforceValidationRuleSpec {
  const index = arch.lifecycle.findIndex((s) => s.key === stageKey);
  const atOrBeyond = arch.lifecycle.slice(index).map((s) => salesforceValue(s));
  const label = arch.lifecycle[index]?.label ?? stageKey;
  return rule("Lead", `Opportunity_Required_${developerNameFromKey(stageKey)}`, {
    description: `A lead reaches ${label} only by conversion with an opportunity.`,
    errorConditionFormula: and([entering(LIFECYCLE), anyPickval(LIFECYCLE, atOrBeyond), "ISBLANK(ConvertedOpportunityId)"]),
    errorMessage: `${label} needs an opportunity: convert the lead and create the opportunity instead of setting the stage by hand.`,
    errorDisplayField: LIFECYCLE,
  });
}

function compileRule(arch: Architecture, r: Rule): SalesforceValidationRuleSpec[] {
  switch (r.kind) {
    case "forward-only-lifecycle":
      return forwardOnly(arch);
    case "required-fields-on-entry":
      return requiredOnEntry(arch);
    case "drop-off-reason-required":
      return dropOffRequired(arch);
    case "stage-requires-opportunity":
      return [requiresOpportunity(arch, r.stage)];
  }
}

/** Validation rules for the architecture's rules, in rule order. */
export function validationRules(arch: Architecture): SalesforceValidationRuleSpec[] {
  return arch.rules.flatMap((r) => compileRule(arch, r));
}
