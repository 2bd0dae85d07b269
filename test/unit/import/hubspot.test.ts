import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { importHubSpot } from "../../../lifecycle/import";
import type { HubSpotSnapshot } from "../../../lifecycle/import/snapshot";
import type { HubSpotResourceSpec } from "../../../specs";
import { parseArchitecture } from "../../../lifecycle/validate";
import { matchStages, pipelineToAdopt, stagesAsSpec } from "../../../providers/hubspot/pipeline/plan";
import { changedSpecs, hubspotSnapshot } from "./builders";

const meta = { date: "2025-01-01" };
const compiled = (snapshot: HubSpotSnapshot) => compile(parseArchitecture(importHubSpot(snapshot, meta).architecture), "hubspot") as HubSpotResourceSpec[];
const notes = (snapshot: HubSpotSnapshot, kind: string) => importHubSpot(snapshot, meta).notes.filter((n) => n.kind === kind).map((n) => n.message);

/** What the handlers would hold for `spec` after adopting it in a portal holding `snapshot` (pure mirror of adopt + read). */
function live(spec: HubSpotResourceSpec, snapshot: HubSpotSnapshot): HubSpotResourceSpec | undefined {
  switch (spec.kind) {
    case "hubspot:property-options": {
      const property =
        spec.property === "lifecyclestage" ? snapshot.lifecycle[spec.objectType as "contacts"] : spec.property === "hs_lead_status" ? snapshot.leadStatus : snapshot.dropOff[spec.objectType as "contacts"];
      return property && { ...spec, ...(spec.create ? { create: { label: property.label, groupName: property.groupName, description: property.description } } : {}), options: property.options };
    }
    case "hubspot:pipeline": {
      const pipeline = pipelineToAdopt(snapshot.pipelines[spec.objectType], spec);
      return pipeline && { ...spec, label: pipeline.label, displayOrder: pipeline.displayOrder, stages: stagesAsSpec(pipeline.stages, matchStages(pipeline.stages, spec.stages, {})) };
    }
    default:
      return undefined;
  }
}

const changed = (snapshot: HubSpotSnapshot) => changedSpecs(compiled(snapshot), (spec) => live(spec, snapshot));

describe("importHubSpot", () => {
  it("reproduces the lifecycle and lead status options and every deal and ticket pipeline", () => {
    const snapshot = hubspotSnapshot();
    expect(compiled(snapshot).map((s) => s.name)).toEqual([
      "hs-options-contacts-lifecyclestage",
      "hs-options-companies-lifecyclestage",
      "hs-options-contacts-hs-lead-status",
      "hs-pipeline-deals-renewals",
      "hs-pipeline-tickets-support-pipeline",
    ]);
    expect(changed(snapshot)).toEqual([]);
    expect(notes(snapshot, "difference")).toEqual([]);
  });

  it("turns closed deal stages into won (probability 1) or lost, and closed ticket stages into completed ones", () => {
    const { pipelines } = importHubSpot(hubspotSnapshot(), meta).architecture;
    expect(pipelines!.renewals).toMatchObject({ kind: "renewal", names: { hubspot: "7000001" } });
    expect(pipelines!.renewals!.stages.map((s) => [s.key, s.names!.hubspot, s.outcome, s.probability])).toEqual([
      ["renewal_90_days", "renewal_90_days", "open", 0.5],
      ["renewed", "renewal_closed_won", "won", 1],
      ["churned", "renewal_closed_lost", "lost", 0],
    ]);
    expect(pipelines!.support_pipeline).toMatchObject({ kind: "customer-success" });
    expect(pipelines!.support_pipeline!.stages.map((s) => [s.key, s.names!.hubspot, s.outcome, s.probability])).toEqual([
      ["new", "1", "open", undefined],
      ["closed", "4", "won", undefined],
    ]);
  });

  it("marks Open Deal as the converted status, and says it is a guess", () => {
    const { statuses } = importHubSpot(hubspotSnapshot(), meta).architecture;
    expect(statuses!.map((s) => [s.key, s.kind])).toEqual([["new", "open"], ["open_deal", "converted"]]);
    expect(notes(hubspotSnapshot(), "placeholder").some((m) => m.startsWith('Status kinds: "OPEN_DEAL" is marked converted'))).toBe(true);
  });

  it("imports drop_off_reason of contacts and deals as one list of reasons", () => {
    const property = (values: string[]) => ({ label: "Drop-off Reason", description: "Why the record did not advance. Required when disqualified or lost.", groupName: "dealinformation", options: values.map((v, i) => ({ value: v, label: v.replace(/_/g, " "), description: "", displayOrder: i, hidden: false })) });
    const snapshot = hubspotSnapshot({ dropOff: { contacts: { ...property(["no_budget"]), groupName: "contactinformation" }, deals: property(["no_budget", "competitor"]) } });
    expect(importHubSpot(snapshot, meta).architecture.dropOffReasons).toEqual([
      { key: "no_budget", label: "no budget", appliesTo: ["lead", "opportunity"], names: { hubspot: "no_budget" } },
      { key: "competitor", label: "competitor", appliesTo: ["opportunity"], names: { hubspot: "competitor" } },
    ]);
    expect(changed(snapshot)).toEqual([]);
  });

  it("says what the model cannot reproduce, so the preview would show it", () => {
    const snapshot = hubspotSnapshot();
    snapshot.lifecycle.contacts!.options[2] = { ...snapshot.lifecycle.contacts!.options[2]!, hidden: true, displayOrder: 5 };
    snapshot.pipelines.deals[0]!.stages[0]!.metadata.probability = "50";
    expect(notes(snapshot, "difference")).toMatchInlineSnapshot(`
      [
        "contacts lifecyclestage hides won; the model has no hidden options, so the preview shows them.",
        "contacts lifecyclestage has display orders other than 0, 1, 2…; the preview renumbers them in the same order.",
        "The deals pipeline "Renewals" stage renewal_90_days has probability 50; the model needs 0–1, so it is 0 here and the preview sets it.",
      ]
    `);
    expect(changed(snapshot)).toEqual(["hs-options-contacts-lifecyclestage", "hs-pipeline-deals-renewals"]);
    snapshot.lifecycle.companies!.options.pop();
    expect(notes(snapshot, "difference")[0]).toBe("The companies lifecyclestage options differ from the contacts ones; the model has one lifecycle, written from contacts, so the preview aligns companies with it.");
  });

  it("leaves workflows out, and says so", () => {
    expect(notes(hubspotSnapshot(), "not-imported")).toEqual([
      'Workflows (1 found: "Legacy: mark contact Won"). Bowtie generates these from the model\'s `automations`, and a hand-built one cannot be mapped back to that intent reliably, so none is imported and Bowtie leaves the existing ones as they are. Add `automations` to have Bowtie manage its own.',
    ]);
    expect(compiled(hubspotSnapshot()).map((s) => s.kind)).not.toContain("hubspot:workflow");
  });
});
