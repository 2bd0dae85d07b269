import { describe, expect, it } from "vitest";
import type { SalesforceValueSetSpec } from "../../../specs";
import { planFromEvents } from "../../../cli/report/plan";
import { GITHUB_COMMENT_LIMIT } from "../../../cli/report/fit";
import { renderPrComment } from "../../../cli/report/pr-comment";
import { specNamed, stepEvent } from "./builders";

const finding = { rule: "missing-sal" as const, code: "BT008", severity: "error" as const, path: ["lifecycle"], message: "MQL goes straight to SQL", fix: "Add an SAL stage" };

describe("renderPrComment", () => {
  it("summarises, tables each CRM and lists lint findings", async () => {
    const status = specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
    const changes = planFromEvents([
      stepEvent("update", { ...status, replacements: [{ from: "Trending Up", to: "Engaged" }] }, { ...status, values: [...status.values, { apiName: "Trending Up", label: "Trending Up" }] }),
      stepEvent("create", specNamed("hs-pipeline-deals-renewal")),
    ]);
    await expect(renderPrComment({ stack: "staging", changes, findings: [finding] })).toMatchFileSnapshot("__snapshots__/pr-comment.md");
  });

  it("stays under GitHub's limit and counts what it cut", () => {
    const status = specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
    const many = Array.from({ length: 3000 }, (_, i) => ({ apiName: `Rogue ${i}`, label: `Rogue value number ${i} added by someone` }));
    const changes = planFromEvents([stepEvent("update", status, { ...status, values: [...status.values, ...many] })]);
    const comment = renderPrComment({ stack: "prod", changes, findings: [finding] });
    expect(comment).toContain("| BT008 missing-sal | error |");
    expect(comment).toContain("— Salesforce: 1 object");
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const cut = Number(/…(\d+) more lines cut/.exec(comment)?.[1]);
    const shown = comment.split("\n").filter((line) => line.includes("Rogue value number")).length;
    expect(shown + cut).toBeGreaterThanOrEqual(3000);
    expect(shown).toBeGreaterThan(100);
  });
});
