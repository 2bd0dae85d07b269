/**
 * Report speed and size: synthetic engine events for a preview that changes 2,000 picklist values
 * (10 resources, Salesforce and HubSpot) go through planFromEvents, driftItems and the renderers.
 * Prints ms per step, output sizes, and whether the PR comment fits GitHub's 65,536 characters.
 *   npx tsx bench/report.ts             (BENCH_RUNS=5 for a quick look)
 */
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from "../cli/report/render-drift";
import { driftItems } from "../cli/report/drift";
import { planFromEvents } from "../cli/report/plan";
import { GITHUB_COMMENT_LIMIT } from "../cli/report/fit";
import { renderPrComment } from "../cli/report/pr-comment";
import { renderPlanText } from "../cli/report/render-plan";
import { defaultArchitecture } from "../lifecycle/default-architecture";
import { lint } from "../lifecycle/lint";
import { fixed, printTable, runsFromEnv, time } from "./measure";
import { picklistChangeEvents } from "./synthetic-events";

const cutLines = (comment: string) => Number(/_…(\d+) more lines? cut/.exec(comment)?.[1] ?? 0);

function main(): void {
  const runs = runsFromEnv(30);
  const findings = lint(defaultArchitecture);
  const events = picklistChangeEvents({ resources: 10, valuesPerResource: 200 });
  const changes = planFromEvents(events);
  const items = driftItems(changes);
  const comment = renderPrComment({ stack: "staging", changes, findings });
  const valuesChanged = changes.reduce((n, c) => n + c.items.length, 0);

  const steps: Array<[string, () => string | unknown[]]> = [
    ["planFromEvents", () => planFromEvents(events)],
    ["driftItems", () => driftItems(changes)],
    ["renderPrComment", () => renderPrComment({ stack: "staging", changes, findings })],
    ["renderPlanText", () => renderPlanText(changes)],
    ["renderDriftText", () => renderDriftText(items, "prod")],
    ["renderDriftMarkdown", () => renderDriftMarkdown(items, "prod")],
    ["renderDriftJson", () => renderDriftJson(items, "prod")],
  ];
  const rows = steps.map(([name, step]) => {
    const output = step();
    const timing = time(step, runs);
    const size = typeof output === "string" ? `${output.length.toLocaleString("en-US")} chars` : `${output.length.toLocaleString("en-US")} items`;
    return [name, timing.runs, fixed(timing.meanMs, 2), fixed(timing.p95Ms, 2), size];
  });
  printTable(`report: ${events.length} engine events, ${changes.length} resources, ${valuesChanged.toLocaleString("en-US")} changed picklist values`, ["step", "runs", "ms mean", "p95 ms", "output"], rows);
  console.log(
    `PR comment: ${comment.length.toLocaleString("en-US")} chars, GitHub limit ${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")}: ` +
      `${comment.length <= GITHUB_COMMENT_LIMIT ? "fits" : "TOO LONG"}; ${cutLines(comment).toLocaleString("en-US")} table lines cut and counted in the comment`,
  );

  const sweep = [100, 500, 2_000, 10_000].map((values) => {
    const resources = 10;
    const sweepEvents = picklistChangeEvents({ resources, valuesPerResource: values / resources });
    const start = performance.now();
    const sweepChanges = planFromEvents(sweepEvents);
    const sweepComment = renderPrComment({ stack: "staging", changes: sweepChanges, findings });
    const ms = performance.now() - start;
    return [values.toLocaleString("en-US"), fixed(ms, 1), sweepComment.length.toLocaleString("en-US"), sweepComment.length <= GITHUB_COMMENT_LIMIT ? "yes" : "NO", cutLines(sweepComment).toLocaleString("en-US")];
  });
  printTable("PR comment size by number of changed values (plan + render, one run)", ["values", "ms", "comment chars", "fits", "lines cut"], sweep);
}

main();
