/** What the stack commands (preview, up, drift, pr-comment) share: `-s <env>` and friendly errors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { openStack, type OpenStack } from "../pulumi/stack";
import { crms, startSandbox } from "../sandbox/services";

export const DEFAULT_STACK = "dev";

export function parseStackArgs<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      stack: { type: "string", short: "s", default: DEFAULT_STACK },
      // The Pulumi project directory (Pulumi.yaml); defaults to this repository.
      cwd: { type: "string", short: "C" },
      help: { type: "boolean", short: "h" },
      ...options,
    },
  });
}

/** Opens the stack; the `dev` stack's CRMs are the local sandboxes, started on demand. */
export async function prepareStack(stack: string, log: (line: string) => void = () => {}, workDir?: string): Promise<OpenStack> {
  if (stack === DEFAULT_STACK && workDir === undefined) {
    for (const crm of crms) {
      const status = await startSandbox(crm);
      log(`${crm} sandbox: ${status.url}`);
    }
  }
  return openStack({ stack, workDir });
}

const SHOWN_ERRORS = 5;

/**
 * The useful part of a failed Pulumi run: the engine's distinct `error:` lines, without the CLI's
 * command echo and stack traces. When many resources fail alike (a CRM unreachable), the first few
 * are shown and the rest counted.
 */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const errors = text
    .split("\n")
    .filter((line) => /\berror:/.test(line) && !/^\s*at /.test(line))
    .map((line) => line.slice(line.indexOf("error:")).trim());
  const unique = [...new Set(errors)];
  if (unique.length === 0) return text.split("\n").slice(0, 20).join("\n");
  const more = unique.length - SHOWN_ERRORS;
  return [...unique.slice(0, SHOWN_ERRORS), ...(more > 0 ? [`…and ${more} more error${more === 1 ? "" : "s"} like these.`] : [])].join("\n");
}
