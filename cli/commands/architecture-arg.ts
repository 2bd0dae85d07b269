import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadArchitecture, type LoadResult } from "../../lifecycle/load";
import { defaultArchitecture } from "../../lifecycle/default-architecture";
import { stackArchitectureFile } from "../../stacks/architecture";
import { openStack } from "../pulumi/stack";

/** What `lint` and `docs` read: a module file, the architecture a stack applies (`-s`), or the default. */
export interface ArchitectureSource {
  file?: string;
  stack?: string;
  /** The Pulumi project directory (`-C`), with `stack`. */
  cwd?: string;
}

/** `[file] [-s <stack>] [-C <project dir>]` plus the command's own options; throws on anything else (Node's words). */
export function parseArchitectureArgs<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O) {
  const parsed = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { stack: { type: "string", short: "s" }, cwd: { type: "string", short: "C" }, help: { type: "boolean", short: "h" }, ...options },
  });
  const { stack, cwd } = parsed.values as { stack?: string; cwd?: string };
  if (parsed.positionals.length > 1) throw new Error(`unexpected argument ${parsed.positionals.slice(1).join(" ")}`);
  if (parsed.positionals.length === 1 && stack !== undefined) throw new Error("give a file or -s <stack>, not both");
  const source: ArchitectureSource = { file: parsed.positionals[0], stack, cwd };
  return { ...parsed, source };
}

/**
 * Loads the file, or the stack's `bowtie:architecture` (resolved as the Pulumi program does; read
 * from the stack's config, no CRM call), or the built-in default architecture when neither is given.
 */
export async function loadArchitectureArg(source: ArchitectureSource): Promise<LoadResult> {
  if (source.file !== undefined) return loadArchitecture(source.file);
  if (source.stack === undefined) return { ok: true, file: "default architecture", architecture: defaultArchitecture };
  const { stack } = await openStack({ stack: source.stack, workDir: source.cwd });
  const { file, absolute } = stackArchitectureFile((await stack.getAllConfig())["bowtie:architecture"]?.value);
  return { ...loadArchitecture(absolute), file };
}
