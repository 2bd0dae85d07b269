import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchitecture } from "../../../lifecycle/load";
import { renderProblems } from "../../../lifecycle/problems";
import { validateArchitecture } from "../../../lifecycle/validate";
import { defaultInput } from "./build";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);

/** Writes a module to a fresh temporary directory; returns its path. */
function moduleFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "bowtie-")), name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(edit: (a: ReturnType<typeof defaultInput>) => void): string {
  const input = defaultInput();
  edit(input);
  const result = validateArchitecture(input);
  if (result.ok) throw new Error("expected problems");
  return renderProblems(result.problems);
}

describe("validateArchitecture", () => {
  it("accepts the default architecture", () => {
    expect(validateArchitecture(defaultInput()).ok).toBe(true);
  });

  it("refuses one Salesforce stage retired to different stages in two pipelines (one shared OpportunityStage list)", () => {
    expect(
      problemsOf((a) => {
        a.replacements!.pipelines!.renewal = [...(a.replacements!.pipelines!.renewal ?? []), { from: "Prospecting", to: "renewal_opened", target: "salesforce" }];
      }),
    ).toMatchInlineSnapshot(`"replacements.pipelines.renewal[6].from: "Prospecting" is already retired to "Discovery Scheduled" in pipeline "new_business": Salesforce shares one OpportunityStage list, so its records can move to one stage only (set target: "hubspot" if this one is for HubSpot)"`);
  });

  it("names the path of an out-of-range probability and says what is expected", () => {
    expect(problemsOf((a) => void (a.pipelines!.renewal!.stages[2]!.probability = 70))).toMatchInlineSnapshot(`"pipelines.renewal.stages[2].probability: expected a probability between 0 and 1 (write 0.25, not 25)"`);
  });

  it("rejects a deal stage without probability and a bad key", () => {
    expect(
      problemsOf((a) => {
        delete a.pipelines!.expansion!.stages[1]!.probability;
        a.lifecycle[0]!.key = "Known Lead";
      }),
    ).toMatchInlineSnapshot(`
      "lifecycle[0].key: expected lowercase snake_case starting with a letter (e.g. \`closed_won\`)
      replacements.lifecycle[3].to: expected a lifecycle stage key (one of Known Lead, marketing_engaged, mql, sal, sql, sao, evaluation, proposal, closed_won, pre_onboarding, onboarding, implementation, early_adoption, mature_adoption), got "known_lead"
      replacements.lifecycle[5].to: expected a lifecycle stage key (one of Known Lead, marketing_engaged, mql, sal, sql, sao, evaluation, proposal, closed_won, pre_onboarding, onboarding, implementation, early_adoption, mature_adoption), got "known_lead"
      pipelines.expansion.stages[1].probability: expected a probability between 0 and 1 (deal pipeline stages forecast revenue)"
    `);
  });

  it("rejects references to unknown stages and statuses", () => {
    expect(
      problemsOf((a) => {
        a.automations = [{ kind: "deal-won", stage: "customer" }];
        a.replacements!.statuses = [{ from: "OPEN", to: "open" }];
      }),
    ).toMatchInlineSnapshot(`
      "automations[0].stage: expected a lifecycle stage key (one of known_lead, marketing_engaged, mql, sal, sql, sao, evaluation, proposal, closed_won, pre_onboarding, onboarding, implementation, early_adoption, mature_adoption), got "customer"
      replacements.statuses[0].to: expected a status key (one of new, working, engaged, nurture, qualified, disqualified), got "open""
    `);
  });

  it("rejects unknown fields and wrong types without throwing", () => {
    const result = validateArchitecture({ name: 3, lifecycle: "none", colour: "blue" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderProblems(result.problems)).toMatchInlineSnapshot(`
      "name: expected text
      lifecycle: Invalid input: expected array, received string
      (architecture): Unrecognized key: "colour""
    `);
  });

  it("requires exactly one converted status", () => {
    expect(problemsOf((a) => void (a.statuses![4]!.kind = "open"))).toMatchInlineSnapshot(`"statuses: expected exactly one status of kind "converted" (Salesforce converts leads into it), found 0"`);
  });
});

describe("loadArchitecture", () => {
  it("loads and validates a TypeScript module", () => {
    const result = loadArchitecture(fixture("gotchas.ts"));
    expect(result.ok).toBe(true);
  });

  it("reports invalid input with the file and path", () => {
    const result = loadArchitecture(fixture("bad-probability.ts"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderProblems(result.problems, "bad-probability.ts")).toMatchInlineSnapshot(`"bad-probability.ts: pipelines.renewal.stages[2].probability: expected a probability between 0 and 1 (write 0.25, not 25)"`);
  });

  it("reports a module that does not compile with the line and column, without a stack trace", () => {
    const file = moduleFile("syntax-error.ts", "export default {\n  name: 'broken', lifecycle: [ ;\n");
    const result = loadArchitecture(file);
    expect(result.ok ? [] : result.problems).toEqual([{ code: "syntax_error", path: [], message: 'syntax error at line 2, column 31: Unexpected ";"' }]);
  });

  it("reports a module without a default export in one problem that says what it exports and the fix", () => {
    const file = moduleFile("no-default.ts", `export const acme = { name: "Acme" };\n`);
    const result = loadArchitecture(file);
    expect(result.ok ? "" : renderProblems(result.problems)).toMatchInlineSnapshot(`"(architecture): expected a default export built with defineArchitecture; the module exports \`acme\`. Fix: \`export default defineArchitecture({ … })\`"`);
  });

  it("names each unknown helper option at its path, with the option meant", () => {
    const file = moduleFile(
      "unknown-options.ts",
      `import { defaultInput } from ${JSON.stringify(resolve(__dirname, "build"))};
import { openStage, stage } from ${JSON.stringify(resolve(__dirname, "../../../lifecycle/define"))};
const input = defaultInput();
input.lifecycle[0] = stage("known_lead", { label: "Known Lead", domain: "lead", owner: "Marketing", definition: "d", entryCriteria: ["x"], exit: ["y"], slaDay: 3 } as never);
input.pipelines.renewal!.stages[0] = openStage("renewal_opened", { label: "Renewal Opened", entry: ["x"], probabilty: 0.1 } as never);
export default input;
`,
    );
    const result = loadArchitecture(file);
    expect(result.ok ? "" : renderProblems(result.problems)).toMatchInlineSnapshot(`
      "lifecycle[0].entryCriteria: unknown option \`entryCriteria\`; did you mean \`entry\`?
      lifecycle[0].slaDay: unknown option \`slaDay\`; did you mean \`slaDays\`?
      pipelines.renewal.stages[0].probabilty: unknown option \`probabilty\`; did you mean \`probability\`?"
    `);
  });

  it("reports a missing file", () => {
    const result = loadArchitecture(fixture("nope.ts"));
    expect(result.ok ? [] : result.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "file_not_found",
          "message": "file not found",
          "path": [],
        },
      ]
    `);
  });
});
