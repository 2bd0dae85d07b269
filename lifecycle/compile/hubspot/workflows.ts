import type { HubSpotWorkflowSpec } from "../../../specs";
import { HUBSPOT, hubspotValue } from "../../names";
import { type Architecture, type Automation, isDealPipeline } from "../../schema";
import { requireStage, stagesBefore } from "../architecture-lookups";

const LIFECYCLE = HUBSPOT.lifecycleProperty;

function setLifecycle(arch: Architecture, target: HubSpotWorkflowSpec["setProperty"]["target"], stageKey: string, guardKey = stageKey) {
  const stage = requireStage(arch, stageKey);
  const limit = Math.min(arch.lifecycle.indexOf(stage), arch.lifecycle.indexOf(requireStage(arch, guardKey)));
  const value = hubspotValue(stage);
  // Stages mapped onto one HubSpot stage share a value: it is never a stage to move on from.
  const onlyFrom = [...new Set(stagesBefore(arch, stageKey).slice(0, limit).map((s) => hubspotValue(s)))].filter((v) => v !== value);
  return { target, property: LIFECYCLE, value, onlyFrom };
}

function workflow(spec: Omit<HubSpotWorkflowSpec, "kind" | "enabled">): HubSpotWorkflowSpec {
  return { kind: "hubspot:workflow", ...spec, enabled: true };
}

function compileAutomation(arch: Architecture, a: Automation): HubSpotWorkflowSpec[] {
  switch (a.kind) {
    case "deal-created":
      return [workflow({
        name: "hs-workflow-deal-created-lifecycle",
        label: `Bowtie: deal created → contacts ${requireStage(arch, a.stage).label}`,
        description: "When a deal is created, move its associated contacts forward in the lifecycle.",
        objectTypeId: "0-3",
        enrollment: { property: "createdate", operator: "IS_KNOWN", values: [] },
        setProperty: setLifecycle(arch, "associated-contacts", a.stage),
      })];
    case "deal-won": {
      const won = Object.values(arch.pipelines).filter(isDealPipeline).flatMap((p) => p.stages.filter((s) => s.outcome === "won").map((s) => hubspotValue(s)));
      return [workflow({
        name: "hs-workflow-deal-won-lifecycle",
        label: `Bowtie: deal closed won → contacts ${requireStage(arch, a.stage).label}`,
        description: "When a deal reaches a closed-won stage, move its associated contacts forward in the lifecycle.",
        objectTypeId: "0-3",
        enrollment: { property: "dealstage", operator: "IS_ANY_OF", values: won },
        setProperty: setLifecycle(arch, "associated-contacts", a.stage),
      })];
    }
    case "meeting-booked":
      return [workflow({
        name: "hs-workflow-meeting-booked-lifecycle",
        label: `Bowtie: meeting booked → ${requireStage(arch, a.stage).label}`,
        description: `When a contact books a meeting, move it to ${requireStage(arch, a.stage).label} unless it is already ${requireStage(arch, a.unlessAtOrBeyond).label} or later.`,
        objectTypeId: "0-1",
        enrollment: { property: "engagements_last_meeting_booked", operator: "IS_KNOWN", values: [] },
        setProperty: setLifecycle(arch, "enrolled", a.stage, a.unlessAtOrBeyond),
      })];
    case "company-rollup":
      // One workflow per HubSpot stage: stages that share a HubSpot value share its workflow.
      return arch.lifecycle.filter((stage, i) => i > 0 && hubspotValue(stage) !== hubspotValue(arch.lifecycle[i - 1]!)).map((stage) => workflow({
        name: `hs-workflow-company-lifecycle-${stage.key.replace(/_/g, "-")}`,
        label: `Bowtie: company lifecycle follows contacts (${stage.label})`,
        description: "The company's lifecycle is its most advanced contact's: a contact reaching this stage lifts a company that is behind it.",
        objectTypeId: "0-1",
        enrollment: { property: LIFECYCLE, operator: "IS_ANY_OF", values: [hubspotValue(stage)] },
        setProperty: setLifecycle(arch, "associated-company", stage.key),
      }));
  }
}

/** Automation v4 flows for the automations, in automation order. */
export function workflows(arch: Architecture): HubSpotWorkflowSpec[] {
  return arch.automations.flatMap((a) => compileAutomation(arch, a));
}
