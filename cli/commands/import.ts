import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { renderModule } from "../../lifecycle/import";
import { lint } from "../../lifecycle/lint";
import { loadArchitecture } from "../../lifecycle/load";
import { renderProblems } from "../../lifecycle/problems";
import type { Target } from "../../specs";
import { connectionFor } from "../import/connection";
import { renderImportReport } from "../import/report";
import { unchanged } from "../import/adopt";
import { runImport } from "../import/run";
import { projectRoot } from "../pulumi/toolchain";
import { failureMessage } from "./stack-command";
import { describeEvent } from "../../providers/core/describe";

const USAGE = `usage: bowtie import --from salesforce|hubspot --out <file.ts> [-s <stack>] [-C <project dir>] [--force]
  Reads the live CRM and writes the architecture module that reproduces it: previewing the module
  against that CRM shows no changes. Validation rules, flows and workflows are not imported.
  Connection: the stack's config (default dev, whose sandboxes are started on demand); without -s,
  the BOWTIE_* environment variables when they name the CRM (see docs/import.md).
  Exit codes: 0 written and round-trips, 2 written but the preview would show the changes listed,
  1 error (nothing written).`;

export const IMPORT_EXIT = { roundTrips: 0, error: 1, differences: 2 } as const;

export interface ImportIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** YYYY-MM-DD written into placeholders. */
  today: () => string;
}

const defaultIo: ImportIo = {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
};

/** `./x` or `../x` with forward slashes: a module specifier from `fromDir` to `target`. */
function specifier(fromDir: string, target: string): string {
  const path = relative(fromDir, target).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      from: { type: "string" },
      out: { type: "string", short: "o" },
      stack: { type: "string", short: "s" },
      cwd: { type: "string", short: "C" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }).values;
}

/** `bowtie import --from <crm> --out <file>`: see USAGE. */
export async function run(argv: string[], io: ImportIo = defaultIo): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse(argv);
  } catch (error) {
    io.err(`bowtie import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return IMPORT_EXIT.error;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return IMPORT_EXIT.roundTrips;
  }
  if (values.from !== "salesforce" && values.from !== "hubspot") {
    io.err(`bowtie import: expected --from salesforce or --from hubspot${values.from ? `, got "${values.from}"` : ""}\n${USAGE}\n`);
    return IMPORT_EXIT.error;
  }
  if (!values.out) {
    io.err(`bowtie import: expected --out <file.ts>, the architecture module to write\n${USAGE}\n`);
    return IMPORT_EXIT.error;
  }
  const crm: Target = values.from;
  const file = resolve(values.out);
  if (existsSync(file) && !values.force) {
    io.err(`bowtie import: ${values.out} exists; pass --force to overwrite it\n`);
    return IMPORT_EXIT.error;
  }
  try {
    const log = (line: string) => io.err(`${line}\n`);
    const connection = await connectionFor({ crm, stack: values.stack, workDir: values.cwd, env: io.env, log });
    const url = crm === "salesforce" ? connection.settings.salesforce.loginUrl : connection.settings.hubspot.basePath;
    log(`reading ${crm} at ${url} (settings from ${connection.via})`);
    const { result, checks } = await runImport(crm, { settings: connection.settings, emit: (event) => log(describeEvent(event)) }, io.today());
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderModule(result, { defineModule: specifier(dirname(file), resolve(projectRoot, "lifecycle", "define")) }));
    const loaded = loadArchitecture(file);
    if (!loaded.ok) {
      io.err(`bowtie import: wrote ${values.out}, but it does not load (a bug in bowtie import):\n${renderProblems(loaded.problems, values.out)}\n`);
      return IMPORT_EXIT.error;
    }
    const configPath = relative(resolve(values.cwd ?? projectRoot), file).split(sep).join("/");
    io.out(renderImportReport({ file: values.out, configPath, stack: connection.stack, result, checks, findings: lint(loaded.architecture) }));
    return checks.every(unchanged) ? IMPORT_EXIT.roundTrips : IMPORT_EXIT.differences;
  } catch (error) {
    io.err(`bowtie import: could not import from ${crm}.\n${failureMessage(error)}\n`);
    return IMPORT_EXIT.error;
  }
}
