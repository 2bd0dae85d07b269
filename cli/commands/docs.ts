import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateDocs } from "../../lifecycle/docs/render";
import { renderProblems } from "../../lifecycle/problems";
import { loadArchitectureArg, parseArchitectureArgs } from "./architecture-arg";

const USAGE = `usage: bowtie docs [file | -s <stack> [-C <project dir>]] [--out dir]
  Writes the Definition Alignment Document, Stage Reference Card and lifecycle diagram (Markdown + one
  HTML page) for the file, the architecture the stack applies, or the built-in default architecture.`;

/** `bowtie docs [file | -s <stack>] [--out dir]`. Exit codes: 0 written, 2 bad arguments or invalid architecture. */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let args;
  try {
    args = parseArchitectureArgs(argv, { out: { type: "string", default: "docs/generated" } });
  } catch (error) {
    err(`bowtie docs: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const loaded = await loadArchitectureArg(args.source);
  if (!loaded.ok) {
    err(`${renderProblems(loaded.problems, loaded.file)}\n`);
    return 2;
  }
  const dir = args.values.out as string;
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  for (const [name, content] of Object.entries(generateDocs(loaded.architecture))) {
    writeFileSync(join(target, name), content);
    out(`wrote ${join(dir, name)}\n`);
  }
  return 0;
}
