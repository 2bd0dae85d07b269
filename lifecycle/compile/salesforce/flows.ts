import type { SalesforceFlowSpec } from "../../../specs";
import { SALESFORCE, developerNameFromKey, fitDeveloperName, salesforceValue } from "../../names";
import { type Architecture, type Automation, isDealPipeline } from "../../schema";
import { requireStage, stagesBefore } from "../architecture-lookups";

const LIFECYCLE = SALESFORCE.lifecycleField;

type FlowInput = Omit<SalesforceFlowSpec, "kind" | "name" | "flowName" | "active" | "triggerType"> & { flowName: string };

function flow(spec: FlowInput): SalesforceFlowSpec {
  const flowName = fitDeveloperName(spec.flowName, SALESFORCE.limits.flowName);
  return { kind: "salesforce:flow", name: `sf-flow-${flowName.toLowerCase().replace(/_/g, "-")}`, ...spec, flowName, triggerType: "RecordAfterSave", active: true };
}

/** Set the lifecycle to `stageKey` only on records that are still before it (forward-only). */
function setLifecycle(arch: Architecture, stageKey: string, guardKey = stageKey) {
  const before = stagesBefore(arch, guardKey).filter((s) => arch.lifecycle.indexOf(s) < arch.lifecycle.indexOf(requireStage(arch, stageKey)));
  return { field: LIFECYCLE, value: salesforceValue(requireStage(arch, stageKey)), onlyFrom: before.map((s) => salesforceValue(s)) };
}

function compileAutomation(arch: Architecture, a: Automation): SalesforceFlowSpec[] {
  switch (a.kind) {
    case "deal-created": {
      const stage = requireStage(arch, a.stage);
      return [flow({
        flowName: "Bowtie_Deal_Created_Lifecycle",
        label: `Bowtie: contact on a new opportunity → ${stage.label}`,
        description: "When a contact is attached to an opportunity (contact role, e.g. on lead conversion), move the contact's lifecycle forward.",
        object: "OpportunityContactRole",
        recordTriggerType: "Create",
        conditions: [],
        update: { target: "Contact", relatedBy: "Id", recordField: "ContactId", ...setLifecycle(arch, a.stage) },
      })];
    }
    case "deal-won": {
      const stage = requireStage(arch, a.stage);
      const won = [...new Set(Object.values(arch.pipelines).filter(isDealPipeline).flatMap((p) => p.stages.filter((s) => s.outcome === "won").map((s) => salesforceValue(s))))];
      return won.map((value, i) => flow({
        flowName: `Bowtie_Deal_Won_Lifecycle${won.length > 1 ? `_${i + 1}` : ""}`,
        label: `Bowtie: opportunity ${value} → contacts ${stage.label}`,
        description: "When an opportunity closes won, move the account's contacts forward in the lifecycle.",
        object: "Opportunity",
        recordTriggerType: "Update",
        conditions: [{ field: "StageName", operator: "EqualTo", value }, { field: "StageName", operator: "IsChanged", value: true }],
        update: { target: "Contact", relatedBy: "AccountId", recordField: "AccountId", ...setLifecycle(arch, a.stage) },
      }));
    }
    case "meeting-booked": {
      const stage = requireStage(arch, a.stage);
      const unless = requireStage(arch, a.unlessAtOrBeyond);
      return (["Lead", "Contact"] as const).map((target) => flow({
        flowName: `Bowtie_Meeting_Booked_${target}`,
        label: `Bowtie: meeting booked → ${target} ${stage.label}`,
        description: `When a meeting is booked with a ${target.toLowerCase()}, move it to ${stage.label} unless it is already ${unless.label} or later.`,
        object: "Event",
        recordTriggerType: "Create",
        conditions: [{ field: "WhoId", operator: "IsNull", value: false }],
        update: { target, relatedBy: "Id", recordField: "WhoId", ...setLifecycle(arch, a.stage, a.unlessAtOrBeyond) },
      }));
    }
    case "company-rollup":
      return arch.lifecycle.slice(1).map((stage) => flow({
        flowName: `Bowtie_Company_Lifecycle_${developerNameFromKey(stage.key)}`,
        label: `Bowtie: account lifecycle follows contacts (${stage.label})`,
        description: "The account's lifecycle is its most advanced contact's: a contact reaching this stage lifts an account that is behind it.",
        object: "Contact",
        recordTriggerType: "CreateAndUpdate",
        conditions: [{ field: LIFECYCLE, operator: "EqualTo", value: salesforceValue(stage) }],
        update: { target: "Account", relatedBy: "Id", recordField: "AccountId", ...setLifecycle(arch, stage.key) },
      }));
  }
}

/** Record-triggered flows for the automations, in automation order. */
export function flows(arch: Architecture): SalesforceFlowSpec[] {
  return arch.automations.flatMap((a) => compileAutomation(arch, a));
}
