import { describe, expect, it } from "vitest";
import { driftItems } from "../../../cli/report/drift";
import { planFromEvents } from "../../../cli/report/plan";
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from "../../../cli/report/render-drift";
import type { HubSpotPipelineSpec, SalesforceValidationRuleSpec, SalesforceValueSetSpec } from "../../../specs";
import { specNamed, stepEvent } from "./builders";

const leadStatus = () => specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
const forwardOnly = () => specNamed<SalesforceValidationRuleSpec>("sf-rule-lead-lifecycle-forward-only");
/** The rule's formula as an admin edited it in Setup: one rank changed. */
const editedFormula = (rule: SalesforceValidationRuleSpec) => rule.errorConditionFormula.replace('"SAL", 4', '"SAL", 9');

describe("drift report", () => {
  const drifted = () => {
    const status = leadStatus();
    const rule = forwardOnly();
    const pipeline = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-new-business");
    const relabelled = { ...pipeline, stages: pipeline.stages.map((s) => (s.key === "proposalsent" ? { ...s, label: "Quote Sent" } : s)) };
    return planFromEvents([
      stepEvent("update", status, { ...status, values: [...status.values, { apiName: "Partner Referral", label: "Partner Referral" }] }),
      stepEvent("update", rule, { ...rule, active: false, errorConditionFormula: editedFormula(rule) }),
      stepEvent("update", pipeline, relabelled),
      stepEvent("create", specNamed("sf-flow-bowtie-deal-won-lifecycle")),
    ]);
  };

  it("says what drifted, live against declared, with values whole", () => {
    const rule = forwardOnly();
    const items = driftItems(drifted());
    expect(items.map((i) => [i.kind, i.item ?? i.field, i.live, i.declared])).toEqual([
      ["added-outside", "Partner Referral", "Partner Referral", undefined],
      ["changed", "active", false, true],
      ["changed", "errorConditionFormula", editedFormula(rule), rule.errorConditionFormula],
      ["changed", "proposalsent", "Quote Sent", "Proposal Sent"],
      ["deleted", undefined, undefined, undefined],
    ]);
  });

  it("renders text, Markdown and JSON; a long value (a formula) as a unified diff", async () => {
    const items = driftItems(drifted());
    await expect(renderDriftText(items, "prod")).toMatchFileSnapshot("__snapshots__/drift.txt");
    await expect(renderDriftMarkdown(items, "prod")).toMatchFileSnapshot("__snapshots__/drift.md");
    const json = JSON.parse(renderDriftJson(items, "prod"));
    expect(json).toMatchObject({ stack: "prod", drift: true, count: 5 });
    expect(json.items[2]).toMatchObject({ field: "errorConditionFormula", live: editedFormula(forwardOnly()), detail: "errorConditionFormula differs between the CRM and the architecture." });
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

  it("never cuts a diff in half: a long value's block is kept or cut whole", () => {
    const rule = forwardOnly();
    const longRules = Array.from({ length: 40 }, (_, i) => ({ ...rule, name: `sf-rule-${i}`, ruleName: `Rule_${i}` }));
    const changes = planFromEvents(longRules.map((r) => stepEvent("update", r, { ...r, errorConditionFormula: editedFormula(r) })));
    const markdown = renderDriftMarkdown(driftItems(changes), "prod", 8_000);
    expect(markdown.length).toBeLessThanOrEqual(8_000);
    expect(markdown.match(/^```diff$/gm)!.length).toBe(markdown.match(/^```$/gm)!.length);
  });
});
