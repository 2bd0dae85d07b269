/** What the stack commands (preview, up, drift, pr-comment) share: `-s <env>` and friendly errors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { describeError } from "../../providers/core/describe";
import { decodeErrors } from "../../providers/core/errors";
import { OperationFailed, openStack, type OpenStack } from "../pulumi/stack";
import { crms, sandboxConnectionEnv, startSandbox } from "../sandbox/services";

export const DEFAULT_STACK = "dev";
/** `bowtie demo`'s own stack, recreated on every run. */
export const DEMO_STACK = "demo";
/** The stacks whose CRMs are the local sandboxes. */
export const SANDBOX_STACKS: readonly string[] = [DEFAULT_STACK, DEMO_STACK];

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

/**
 * Opens the stack. The CRMs of the sandbox stacks (dev, demo) are the local sandboxes, started on
 * demand, wherever their ports are (`BOWTIE_*_SANDBOX_PORT`): the providers get their URLs.
 */
export async function prepareStack(stack: string, log: (line: string) => void = () => {}, workDir?: string): Promise<OpenStack> {
  if (!SANDBOX_STACKS.includes(stack) || workDir !== undefined) return openStack({ stack, workDir });
  for (const crm of crms) {
    const status = await startSandbox(crm);
    log(`${crm} sandbox: ${status.url}`);
  }
  return openStack({ stack, local: true, env: sandboxConnectionEnv() });
}

const SHOWN_ERRORS = 5;

/**
 * The engine's error diagnostics, one line each: a provider error in the provider's words, decoded
 * from the data it sent; any other error's first line. The engine's errors that name no resource
 * ("preview failed") only when no resource failed.
 */
function engineErrors(events: readonly EngineEvent[]): string[] {
  const named: string[] = [];
  const unnamed: string[] = [];
  for (const diagnostic of events.map((e) => e.diagnosticEvent)) {
    if (diagnostic?.severity !== "error") continue;
    const decoded = decodeErrors(diagnostic.message);
    const lines = decoded.length > 0 ? decoded.map(describeError) : [diagnostic.message.trim().split("\n")[0]!];
    (diagnostic.urn ? named : unnamed).push(...lines.map((line) => `error: ${line}`));
  }
  return named.length > 0 ? named : unnamed;
}

/** The distinct `error:` lines of a failed command's output, without its command echo and stack traces. */
function errorLines(text: string): string[] {
  const decoded = decodeErrors(text);
  if (decoded.length > 0) return decoded.map((error) => `error: ${describeError(error)}`);
  return text
    .split("\n")
    .filter((line) => /\berror:/.test(line) && !/^\s*at /.test(line))
    .map((line) => line.slice(line.indexOf("error:")).trim());
}

/**
 * The useful part of a failed Pulumi run: each distinct error once, provider errors in the
 * providers' own words (resource, field, message, fix, code) from the data they sent. When many
 * resources fail alike (a CRM unreachable), the first few are shown and the rest counted.
 */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const fromEvents = error instanceof OperationFailed ? engineErrors(error.events) : [];
  const unique = [...new Set(fromEvents.length > 0 ? fromEvents : errorLines(text))];
  if (unique.length === 0) return text.split("\n").slice(0, 20).join("\n");
  const more = unique.length - SHOWN_ERRORS;
  return [...unique.slice(0, SHOWN_ERRORS), ...(more > 0 ? [`…and ${more} more error${more === 1 ? "" : "s"} like these.`] : [])].join("\n");
}
