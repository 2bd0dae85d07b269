/**
 * Opens a stack of the Bowtie project (stacks/Pulumi.<env>.yaml) through the Automation API, with
 * the obtained CLI and the offline environment, and runs operations that collect engine events.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, Stack, type EngineEvent } from "@pulumi/pulumi/automation";
import { ensurePulumi, projectRoot, pulumiEnv } from "./toolchain";

export interface StackOptions {
  /** Stack (environment) name: dev, staging, prod, … */
  stack: string;
  /** Project directory holding Pulumi.yaml (default: this repository). */
  workDir?: string;
  /** Shown while operations run; defaults to nothing. */
  onOutput?: (line: string) => void;
  /** A stack of this machine only (created on first use, local passphrase); default: only `dev`. */
  local?: boolean;
  /** Extra environment for the engine and the providers. */
  env?: Record<string, string>;
}

/** A failed operation, with the engine events it produced before failing (what was already changed). */
export class OperationFailed extends Error {
  constructor(
    readonly cause: unknown,
    readonly events: EngineEvent[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "OperationFailed";
  }
}

/** `progress` sees each engine event as it arrives (the returned list holds them all at the end). */
export interface OperationOptions {
  refresh?: boolean;
  progress?: (event: EngineEvent) => void;
}

export interface OpenStack {
  stack: Stack;
  preview(opts?: OperationOptions): Promise<EngineEvent[]>;
  up(opts?: OperationOptions): Promise<EngineEvent[]>;
}

export async function openStack(options: StackOptions): Promise<OpenStack> {
  const workDir = options.workDir ?? projectRoot;
  const pulumiDir = await ensurePulumi();
  fs.mkdirSync(path.join(workDir, ".bowtie", "state"), { recursive: true });
  const localStack = options.local ?? options.stack === "dev";
  const env = pulumiEnv(pulumiDir, { ...process.env, ...options.env }, { localStack });
  process.env.PATH = env.PATH;
  const envVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  // Only local stacks are created on demand: a typo in `-s prdo` must not create a stack on a shared backend.
  const workspace = await LocalWorkspace.create({ workDir, envVars });
  if (!localStack && !(await workspace.listStacks()).some((s) => s.name === options.stack)) {
    throw new Error(
      `stack ${options.stack} does not exist in this backend (${env.PULUMI_BACKEND_URL ?? "Pulumi.yaml's backend"}). ` +
        `Create it once with \`pulumi stack init ${options.stack}\`, then set its secrets (docs/environments.md).`,
    );
  }
  const stack = localStack ? await Stack.createOrSelect(options.stack, workspace) : await Stack.select(options.stack, workspace);
  const collect = async (run: (onEvent: (e: EngineEvent) => void) => Promise<unknown>, progress?: (e: EngineEvent) => void) => {
    const events: EngineEvent[] = [];
    try {
      await run((e) => {
        events.push(e);
        progress?.(e);
      });
    } catch (error) {
      throw new OperationFailed(error, events);
    }
    return events;
  };
  return {
    stack,
    preview: (opts) => collect((onEvent) => stack.preview({ onEvent, refresh: opts?.refresh, onOutput: options.onOutput }), opts?.progress),
    up: (opts) => collect((onEvent) => stack.up({ onEvent, refresh: opts?.refresh, onOutput: options.onOutput }), opts?.progress),
  };
}
