import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateDocs } from "../../lifecycle/docs/render";
import { renderProblems } from "../../lifecycle/problems";
import { loadArchitectureArg } from "./architecture-arg";

const USAGE = "usage: bowtie docs [--out dir] [file]\n  Writes the Definition Alignment Document, Stage Reference Card and lifecycle diagram (Markdown + one HTML page).";

/** `bowtie docs [--out dir] [file]`. Exit codes: 0 written, 2 bad arguments or invalid architecture. */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out(`${USAGE}\n`);
    return 0;
  }
  let dir = "docs/generated";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out") {
      const value = argv[++i];
      if (value === undefined) {
        err(`bowtie docs: --out needs a directory\n${USAGE}\n`);
        return 2;
      }
      dir = value;
    } else if (arg.startsWith("-") || files.length > 0) {
      err(`bowtie docs: unexpected argument ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  const loaded = loadArchitectureArg(files[0]);
  if (!loaded.ok) {
    err(`${renderProblems(loaded.problems, loaded.file)}\n`);
    return 2;
  }
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  for (const [name, content] of Object.entries(generateDocs(loaded.architecture))) {
    writeFileSync(join(target, name), content);
    out(`wrote ${join(dir, name)}\n`);
  }
  return 0;
}
