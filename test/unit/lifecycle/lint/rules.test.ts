import { describe, expect, it } from "vitest";
import { defaultArchitecture } from "../../../../lifecycle/default-architecture";
import { openStage, pipeline, stage } from "../../../../lifecycle/define";
import { lint, lintRules, type LintRuleId } from "../../../../lifecycle/lint";
import type { ArchitectureInput } from "../../../../lifecycle/schema";
import { architectureWith } from "../build";

type Edit = (a: ArchitectureInput) => void;
const lifecycle = (a: ArchitectureInput) => a.lifecycle as NonNullable<ArchitectureInput["lifecycle"]>;
const stagesOf = (a: ArchitectureInput, key: string) => a.pipelines![key]!.stages;

const extraDealPipeline = (label: string) =>
  pipeline({ label, kind: "new-business", stages: [openStage("first", { label: "Need Confirmed", probability: 0.5, entry: ["Need confirmed"] })] });

/** One failing example per rule, with the path it must report. */
const failing: Record<LintRuleId, { edit: Edit; path: string }> = {
  "stage-named-as-activity": { edit: (a) => void (lifecycle(a)[6]!.label = "Demo"), path: "lifecycle.6.label" },
  "status-in-lifecycle": { edit: (a) => void (lifecycle(a)[1]!.label = "Nurture"), path: "lifecycle.1.label" },
  "deal-outcome-in-lifecycle": {
    edit: (a) => void lifecycle(a).push(stage("lost", { label: "Lost", domain: "sales", definition: "Deal lost.", entry: ["Deal lost"], exit: [], owner: "Sales" })),
    path: "lifecycle.14.label",
  },
  "cs-stage-in-sales-pipeline": {
    edit: (a) => void stagesOf(a, "renewal").splice(1, 0, openStage("onboarding_done", { label: "Onboarding Completed", probability: 0.3, entry: ["Kickoff held"] })),
    path: "pipelines.renewal.stages.1.label",
  },
  "time-based-stage": { edit: (a) => void (stagesOf(a, "renewal")[0]!.label = "Renewal 120 Days"), path: "pipelines.renewal.stages.0.label" },
  "internal-signal-stage": { edit: (a) => void (stagesOf(a, "expansion")[1]!.label = "Trending Up"), path: "pipelines.expansion.stages.1.label" },
  "too-many-sales-pipelines": { edit: (a) => void (a.pipelines!.partner = extraDealPipeline("Partner")), path: "pipelines" },
  "missing-sal": {
    edit: (a) => {
      lifecycle(a).splice(3, 1);
      a.automations = [];
    },
    path: "lifecycle.3",
  },
  "missing-entry-criteria": { edit: (a) => void (lifecycle(a)[0]!.entryCriteria = []), path: "lifecycle.0.entryCriteria" },
  "golden-stage-without-criteria": { edit: (a) => void (lifecycle(a)[12]!.exitCriteria = []), path: "lifecycle.12.exitCriteria" },
  "probability-not-rising": { edit: (a) => void (stagesOf(a, "new_business")[2]!.probability = 0.2), path: "pipelines.new_business.stages.2.probability" },
  "closed-probability": { edit: (a) => void (stagesOf(a, "new_business")[4]!.probability = 0.9), path: "pipelines.new_business.stages.4.probability" },
  "duplicate-name": { edit: (a) => void (lifecycle(a)[1]!.label = "Known Lead"), path: "lifecycle.1.label" },
  "invalid-crm-name": { edit: (a) => void (lifecycle(a)[0]!.names = { hubspot: "known lead" }), path: "lifecycle.0.names.hubspot" },
};

describe("lint rules", () => {
  it("the default architecture has no findings at all", () => {
    expect(lint(defaultArchitecture)).toEqual([]);
  });

  it("rule codes are unique and stable", () => {
    const codes = Object.values(lintRules).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain("BT001");
  });

  for (const [id, rule] of Object.entries(lintRules) as [LintRuleId, (typeof lintRules)[LintRuleId]][]) {
    describe(`${rule.code} ${id}`, () => {
      it("passes the default architecture", () => {
        expect(rule.check(defaultArchitecture)).toEqual([]);
      });
      it("reports the offending item with a message and a fix", () => {
        const hits = rule.check(architectureWith(failing[id].edit));
        expect(hits.map((h) => h.path.join("."))).toContain(failing[id].path);
        for (const hit of hits) {
          expect(hit.message.length).toBeGreaterThan(10);
          expect(hit.fix.length).toBeGreaterThan(5);
        }
      });
    });
  }

  it("reports findings with rule id, code and severity", () => {
    const findings = lint(architectureWith(failing["time-based-stage"].edit));
    expect(findings).toMatchInlineSnapshot(`
      [
        {
          "code": "BT005",
          "fix": "replace countdown stages with commercial progression (e.g. Renewal Opened → Value Review Completed → Renewal Proposal Sent) and retire the old values",
          "message": "stage "Renewal 120 Days" is a time-based countdown; the calendar already tells you the days left",
          "path": [
            "pipelines",
            "renewal",
            "stages",
            0,
            "label",
          ],
          "rule": "time-based-stage",
          "severity": "error",
        },
      ]
    `);
  });

  it("flags a Lead Status label over Salesforce's 40-character limit", () => {
    const hits = lintRules["invalid-crm-name"].check(architectureWith((a) => void (a.statuses![0]!.label = "A status label far longer than forty characters")));
    expect(hits.map((h) => h.path.join("."))).toEqual(["statuses.0.label"]);
  });
});
