/**
 * Opens a stack of the Bowtie project (stacks/Pulumi.<env>.yaml) through the Automation API, with
 * the obtained CLI and the offline environment, and runs operations that collect engine events.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, type EngineEvent, type Stack } from "@pulumi/pulumi/automation";
import { ensurePulumi, projectRoot, pulumiEnv } from "./toolchain";

export interface StackOptions {
  /** Stack (environment) name: dev, staging, prod, … */
  stack: string;
  /** Project directory holding Pulumi.yaml (default: this repository). */
  workDir?: string;
  /** Shown while operations run; defaults to nothing. */
  onOutput?: (line: string) => void;
}

export interface OpenStack {
  stack: Stack;
  preview(opts?: { refresh?: boolean }): Promise<EngineEvent[]>;
  up(opts?: { refresh?: boolean }): Promise<EngineEvent[]>;
}

export async function openStack(options: StackOptions): Promise<OpenStack> {
  const workDir = options.workDir ?? projectRoot;
  const pulumiDir = await ensurePulumi();
  fs.mkdirSync(path.join(workDir, ".bowtie", "state"), { recursive: true });
  const env = pulumiEnv(pulumiDir, process.env, { localStack: options.stack === "dev" });
  process.env.PATH = env.PATH;
  const envVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  const stack = await LocalWorkspace.createOrSelectStack({ stackName: options.stack, workDir }, { workDir, envVars });
  const collect = async (run: (onEvent: (e: EngineEvent) => void) => Promise<unknown>) => {
    const events: EngineEvent[] = [];
    await run((e) => events.push(e));
    return events;
  };
  return {
    stack,
    preview: (opts) => collect((onEvent) => stack.preview({ onEvent, refresh: opts?.refresh, onOutput: options.onOutput })),
    up: (opts) => collect((onEvent) => stack.up({ onEvent, refresh: opts?.refresh, onOutput: options.onOutput })),
  };
}
