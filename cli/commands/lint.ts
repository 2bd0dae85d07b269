import { hasErrors, lint } from "../../lifecycle/lint";
import { renderFindingsJson, renderFindingsText } from "../../lifecycle/lint/render";
import { renderProblems } from "../../lifecycle/problems";
import { crmLimitProblems } from "../../stacks/architecture";
import { loadArchitectureArg, parseArchitectureArgs } from "./architecture-arg";

const USAGE = `usage: bowtie lint [file | -s <stack> [-C <project dir>]] [--json]
  Checks an architecture against the governance rules: the file, the one the stack applies
  (bowtie:architecture), or the built-in default architecture.`;

/**
 * `bowtie lint [file | -s <stack>] [--json]`. Exit codes: 0 no error findings, 1 error findings,
 * 2 bad arguments, or the architecture could not be loaded or is invalid (problems printed with the file name).
 */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let args;
  try {
    args = parseArchitectureArgs(argv, { json: { type: "boolean" } });
  } catch (error) {
    err(`bowtie lint: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const json = args.values.json === true;
  const loaded = await loadArchitectureArg(args.source);
  // What either CRM would refuse is a problem with the architecture, like a schema violation.
  const problems = loaded.ok ? crmLimitProblems(loaded.architecture, ["salesforce", "hubspot"]) : loaded.problems;
  if (!loaded.ok || problems.length > 0) {
    if (json) out(`${JSON.stringify({ file: loaded.file, problems }, null, 2)}\n`);
    else err(`${renderProblems(problems, loaded.file)}\n`);
    return 2;
  }
  const findings = lint(loaded.architecture);
  out(`${json ? renderFindingsJson(findings, loaded.file) : renderFindingsText(findings, loaded.file)}\n`);
  return hasErrors(findings) ? 1 : 0;
}
