import { describe, expect, it } from "vitest";
import type { HubSpotPipelineSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec } from "../../../lifecycle/resources";
import { driftItems } from "../../../cli/report/drift";
import { planFromEvents, summarize } from "../../../cli/report/plan";
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from "../../../cli/report/render-drift";
import { renderPlanText } from "../../../cli/report/render-plan";
import { diagnostic, specNamed, stepEvent } from "./builders";

const leadStatus = () => specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");

describe("planFromEvents", () => {
  it("reports nothing for a resource whose live state equals the spec", () => {
    const spec = leadStatus();
    expect(planFromEvents([stepEvent("same", spec, spec)])).toEqual([]);
  });

  it("names a rogue picklist value as an item removed from the live list", () => {
    const spec = leadStatus();
    const live = { ...spec, values: [...spec.values, { apiName: "Partner Referral", label: "Partner Referral" }] };
    const [change] = planFromEvents([stepEvent("update", spec, live)]);
    expect(change).toMatchObject({ op: "update", crm: "salesforce", title: "LeadStatus picklist values", fields: ["values"] });
    expect(change!.items).toEqual([{ action: "remove", key: "Partner Referral", before: expect.objectContaining({ label: "Partner Referral" }) }]);
  });

  it("ignores differences the provider normalises away (defaults, state-only fields)", () => {
    const spec = specNamed("hs-options-contacts-lifecyclestage");
    const live = { ...spec, hubspotDefined: true, options: (spec as { options: Array<{ description?: string }> }).options.map((o) => ({ ...o, hidden: false, description: o.description ?? "" })) };
    expect(planFromEvents([stepEvent("update", spec, live)])[0]!.items).toEqual([]);
  });

  it("attaches provider notes to the resource they name", () => {
    const spec = leadStatus();
    const events = [stepEvent("create", spec), diagnostic(`Salesforce value set LeadStatus (${spec.name}): moved 5 Lead records from "Open" to "New"\n`)];
    expect(planFromEvents(events)[0]!.notes).toEqual([`moved 5 Lead records from "Open" to "New"`]);
  });

  it("counts operations", () => {
    const spec = leadStatus();
    const events = [stepEvent("create", spec), stepEvent("update", spec, { ...spec, values: [] }), stepEvent("delete", spec, spec)];
    expect(summarize(planFromEvents(events))).toEqual({ create: 1, update: 1, replace: 0, delete: 1 });
  });
});

describe("drift report", () => {
  const drifted = () => {
    const status = leadStatus();
    const rule = specNamed<SalesforceValidationRuleSpec>("sf-rule-lead-lifecycle-forward-only");
    const pipeline = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-new-business");
    const relabelled = { ...pipeline, stages: pipeline.stages.map((s) => (s.key === "proposalsent" ? { ...s, label: "Quote Sent" } : s)) };
    return planFromEvents([
      stepEvent("update", status, { ...status, values: [...status.values, { apiName: "Partner Referral", label: "Partner Referral" }] }),
      stepEvent("update", rule, { ...rule, active: false }),
      stepEvent("update", pipeline, relabelled),
      stepEvent("create", specNamed("sf-flow-bowtie-deal-won-lifecycle")),
    ]);
  };

  it("says what drifted, live against declared", () => {
    const items = driftItems(drifted());
    expect(items.map((i) => [i.kind, i.item ?? i.field, i.live, i.declared])).toEqual([
      ["added-outside", "Partner Referral", "Partner Referral", undefined],
      ["changed", "active", false, true],
      ["changed", "proposalsent", "Quote Sent", "Proposal Sent"],
      ["deleted", undefined, undefined, undefined],
    ]);
  });

  it("renders text, Markdown and JSON", async () => {
    const items = driftItems(drifted());
    await expect(renderDriftText(items, "prod")).toMatchFileSnapshot("__snapshots__/drift.txt");
    await expect(renderDriftMarkdown(items, "prod")).toMatchFileSnapshot("__snapshots__/drift.md");
    expect(JSON.parse(renderDriftJson(items, "prod"))).toMatchObject({ stack: "prod", drift: true, count: 4 });
    expect(renderDriftText([], "prod")).toBe("No drift: the CRMs of stack prod match the architecture.\n");
  });

  it("keeps the Markdown report under GitHub's body limit and counts what it cut", () => {
    const status = leadStatus();
    const rogue = Array.from({ length: 2000 }, (_, i) => ({ apiName: `Rogue ${i}`, label: `Rogue value ${i}` }));
    const items = driftItems(planFromEvents([stepEvent("update", status, { ...status, values: [...status.values, ...rogue] })]));
    const markdown = renderDriftMarkdown(items, "prod");
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toMatch(/…\d+ more lines cut to stay under GitHub's 65,536-character limit; run `bowtie drift -s prod` for all of it/);
  });

  it("shows the moves a preview plans, and after an apply only the moves made", () => {
    const spec = { ...leadStatus(), replacements: [{ from: "Trending Up", to: "Engaged" }] };
    const note = (text: string) => diagnostic(`Salesforce value set LeadStatus (${spec.name}): ${text}\n`);
    const planned = planFromEvents([stepEvent("create", spec), note(`would move 4 records from "Trending Up" to "Engaged"`)]);
    expect(renderPlanText(planned)).toContain(`+  LeadStatus picklist values  [salesforce]\n     would move 4 records from "Trending Up" to "Engaged"\n\nPlan`);
    const applied = planFromEvents([stepEvent("create", spec), note(`would move 4 records from "Trending Up" to "Engaged"`), note(`moved 4 Lead records from "Trending Up" to "Engaged"`)]);
    expect(renderPlanText(applied, { applied: true })).toContain(`[salesforce]\n     moved 4 Lead records from "Trending Up" to "Engaged"\n\nPlan`);
    expect(renderPlanText(planFromEvents([stepEvent("create", spec)]))).toContain("retires Trending Up if present; its records move to Engaged");
  });

  it("renders a preview plan with retirements and where records go", async () => {
    const status = leadStatus();
    const live = { ...status, values: [...status.values, { apiName: "Trending Up", label: "Trending Up" }] };
    const declared = { ...status, replacements: [{ from: "Trending Up", to: "Engaged" }] };
    await expect(renderPlanText(planFromEvents([stepEvent("update", declared, live)]))).toMatchFileSnapshot("__snapshots__/plan.txt");
  });
});
