/**
 * End-to-end harness over the Automation API: a throwaway workspace and stack on a temporary file
 * backend, driving the real `pulumi` CLI (preview, up, refresh, preview --refresh
 * --expect-no-changes, destroy) and collecting the engine events of each run.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, type EngineEvent, type Stack, type StepEventMetadata } from "@pulumi/pulumi/automation";
import { ensurePulumi, projectRoot, pulumiEnv } from "../../cli/pulumi/toolchain";
import { changedFields } from "../../providers/core/changes";

export interface StepChange {
  op: string;
  urn: string;
  type: string;
  /** Top-level properties the engine reports as changed. */
  diffs: string[];
}

export interface E2EStackOptions {
  /** Absolute path of the program's entry file. */
  program: string;
  projectName?: string;
  config?: Record<string, string | { secret: string }>;
  env?: Record<string, string>;
}

export interface E2EStack {
  stack: Stack;
  workDir: string;
  preview(opts?: { refresh?: boolean }): Promise<StepChange[]>;
  up(opts?: { refresh?: boolean }): Promise<StepChange[]>;
  refresh(): Promise<StepChange[]>;
  /** `pulumi preview --refresh --expect-no-changes`: rejects when the live state drifted. */
  expectNoDrift(): Promise<void>;
  destroy(): Promise<StepChange[]>;
  exportState(): Promise<string>;
  dispose(): Promise<void>;
}

const bookkeepingOps = new Set(["same", "refresh", "read"]);

/** The steps that change a managed resource (same, refresh and read steps, the stack and providers left out). */
export function changesIn(events: EngineEvent[]): StepChange[] {
  return events
    .map((event) => event.resourcePreEvent?.metadata)
    .filter((m): m is NonNullable<typeof m> => m !== undefined && !bookkeepingOps.has(m.op))
    .filter((m) => m.type !== "pulumi:pulumi:Stack" && !m.type.startsWith("pulumi:providers:"))
    .map((m) => ({ op: m.op, urn: m.urn, type: m.type, diffs: stepDiffs(m) }));
}

/**
 * Dynamic providers report whether something changed but not which properties, so the changed
 * properties are read off the step's old state (live outputs after a refresh) and new inputs.
 */
function stepDiffs(m: StepEventMetadata): string[] {
  if (m.diffs && m.diffs.length > 0) return [...m.diffs].sort();
  if (m.op !== "update" || !m.old || !m.new) return [];
  return changedFields(m.old.outputs ?? {}, m.new.inputs ?? {}, ["__provider"]);
}

export async function createE2EStack(options: E2EStackOptions): Promise<E2EStack> {
  const pulumiDir = await ensurePulumi();
  const workDir = path.join(projectRoot, ".bowtie", "e2e", randomBytes(6).toString("hex"));
  fs.mkdirSync(path.join(workDir, "state"), { recursive: true });
  fs.mkdirSync(path.join(workDir, "home"), { recursive: true });
  const env = pulumiEnv(pulumiDir, {
    ...process.env,
    PULUMI_BACKEND_URL: `file://${path.join(workDir, "state")}`,
    PULUMI_HOME: path.join(workDir, "home"),
    ...options.env,
  });
  const envVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  // The Automation API resolves `pulumi` from this process's PATH.
  process.env.PATH = env.PATH;

  const workspace = await LocalWorkspace.create({
    workDir,
    envVars,
    projectSettings: {
      name: options.projectName ?? "bowtie",
      runtime: { name: "nodejs", options: { typescript: true } },
      main: path.relative(workDir, options.program),
    },
  });
  const stack = await LocalWorkspace.createStack({ stackName: "e2e", workDir }, { workDir, envVars, pulumiCommand: workspace.pulumiCommand });
  for (const [key, value] of Object.entries(options.config ?? {})) {
    await stack.setConfig(key, typeof value === "string" ? { value } : { value: value.secret, secret: true });
  }

  const collect = async (run: (onEvent: (e: EngineEvent) => void) => Promise<unknown>) => {
    const events: EngineEvent[] = [];
    await run((e) => events.push(e));
    return changesIn(events);
  };

  return {
    stack,
    workDir,
    preview: (opts) => collect((onEvent) => stack.preview({ onEvent, refresh: opts?.refresh })),
    up: (opts) => collect((onEvent) => stack.up({ onEvent, refresh: opts?.refresh })),
    refresh: () => collect((onEvent) => stack.refresh({ onEvent })),
    expectNoDrift: async () => {
      await stack.preview({ refresh: true, expectNoChanges: true });
    },
    destroy: () => collect((onEvent) => stack.destroy({ onEvent })),
    exportState: async () => JSON.stringify(await stack.exportStack()),
    dispose: async () => fs.rmSync(workDir, { recursive: true, force: true }),
  };
}
