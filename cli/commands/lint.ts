import { hasErrors, lint } from "../../lifecycle/lint";
import { renderFindingsJson, renderFindingsText } from "../../lifecycle/lint/render";
import { renderProblems } from "../../lifecycle/problems";
import { loadArchitectureArg } from "./architecture-arg";

const USAGE = "usage: bowtie lint [file] [--json]\n  Checks an architecture against the governance rules (default: the built-in default architecture).";

/**
 * `bowtie lint [file] [--json]`. Exit codes: 0 no error findings, 1 error findings,
 * 2 the architecture could not be loaded or is invalid (problems printed with the file name).
 */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const json = argv.includes("--json");
  if (argv.includes("--help") || argv.includes("-h")) {
    out(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith("-") && a !== "--json");
  const files = argv.filter((a) => !a.startsWith("-"));
  if (unknown.length > 0 || files.length > 1) {
    err(`bowtie lint: unexpected argument ${[...unknown, ...files.slice(1)].join(" ")}\n${USAGE}\n`);
    return 2;
  }
  const loaded = loadArchitectureArg(files[0]);
  if (!loaded.ok) {
    if (json) out(`${JSON.stringify({ file: loaded.file, problems: loaded.problems }, null, 2)}\n`);
    else err(`${renderProblems(loaded.problems, loaded.file)}\n`);
    return 2;
  }
  const findings = lint(loaded.architecture);
  out(`${json ? renderFindingsJson(findings, loaded.file) : renderFindingsText(findings, loaded.file)}\n`);
  return hasErrors(findings) ? 1 : 0;
}
