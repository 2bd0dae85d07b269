import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../cli/commands/lint";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);

async function lintCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

describe("bowtie lint", () => {
  it("passes the default architecture", async () => {
    const { code, out } = await lintCli([]);
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
      "default architecture: no problems found
      "
    `);
  });

  it("exits 1 and names the rules an architecture breaks", async () => {
    const { code, out } = await lintCli([fixture("gotchas.ts")]);
    expect(code).toBe(1);
    expect(out.replace(fixture(""), "<fixtures>/")).toMatchInlineSnapshot(`
      "error BT003 deal-outcome-in-lifecycle  lifecycle[8].label
        lifecycle stage "Won" records a deal outcome ("Won")
        fix: track outcomes as closed-won/closed-lost pipeline stages with a drop-off reason, and retire this value to the furthest stage reached (replacements.lifecycle)
      error BT005 time-based-stage  pipelines.renewal.stages[0].label
        stage "Renewal 90 Days" is a time-based countdown; the calendar already tells you the days left
        fix: replace countdown stages with commercial progression (e.g. Renewal Opened → Value Review Completed → Renewal Proposal Sent) and retire the old values
      <fixtures>//gotchas.ts: 2 error(s), 0 warning(s)
      "
    `);
  });

  it("prints JSON for machines", async () => {
    const { code, out } = await lintCli([fixture("gotchas.ts"), "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { errors: number; findings: { rule: string; path: string }[] };
    expect(report.errors).toBe(2);
    expect(report.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["deal-outcome-in-lifecycle lifecycle[8].label", "time-based-stage pipelines.renewal.stages[0].label"]);
  });

  it("exits 2 with path-precise problems for a malformed architecture", async () => {
    const { code, err } = await lintCli([fixture("bad-probability.ts")]);
    expect(code).toBe(2);
    expect(err.replace(fixture(""), "<fixtures>/")).toMatchInlineSnapshot(`
      "<fixtures>//bad-probability.ts: pipelines.renewal.stages[2].probability: expected a probability between 0 and 1 (write 0.25, not 25)
      "
    `);
  });

  it("rejects unknown options", async () => {
    const { code, err } = await lintCli(["--yaml"]);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--yaml'");
  });
});

describe("bowtie lint: what a CRM would refuse", () => {
  it("exits 2 naming the file, the compiled resource and the limit, before any CRM call", async () => {
    const { code, err } = await lintCli([fixture("long-pipeline-label.ts")]);
    expect(code).toBe(2);
    expect(err.replaceAll(fixture(""), "<fixtures>/")).toMatchInlineSnapshot(`
      "<fixtures>//long-pipeline-label.ts: salesforce.sf-process-renewal.label: Too big: expected string to have <=80 characters (what Salesforce accepts)
      <fixtures>//long-pipeline-label.ts: salesforce.sf-process-renewal.recordType.label: Too big: expected string to have <=80 characters (what Salesforce accepts)
      "
    `);
  });
});
