/**
 * End-to-end harness over the Automation API: a throwaway workspace and stack on a temporary file
 * backend, driving the real `pulumi` CLI (preview, up, refresh, preview --refresh
 * --expect-no-changes, destroy) and collecting the engine events of each run.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
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
  config?: E2EConfig;
  env?: Record<string, string>;
}

export type E2EConfig = Record<string, string | { secret: string }>;

export interface E2EStack {
  stack: Stack;
  /** The Pulumi project directory (Pulumi.yaml, stack `e2e`): what `bowtie … -C` takes. */
  workDir: string;
  /** The environment the CLI runs with (backend, PULUMI_HOME, passphrase, PATH): for child processes. */
  env: Record<string, string>;
  /** Sets stack config; `{ secret }` values are stored encrypted. */
  setConfig(config: E2EConfig): Promise<void>;
  preview(opts?: { refresh?: boolean }): Promise<StepChange[]>;
  up(opts?: { refresh?: boolean }): Promise<StepChange[]>;
  refresh(): Promise<StepChange[]>;
  /** `pulumi preview --refresh --expect-no-changes`: rejects when the live state drifted. */
  expectNoDrift(): Promise<void>;
  destroy(): Promise<StepChange[]>;
  /**
   * `pulumi stack export` as a user runs it: secrets stay encrypted. (The Automation API's
   * `exportStack` passes `--show-secrets`, so it cannot show whether a secret is protected.)
   */
  exportState(): Promise<string>;
  /** The text of every file the file backend wrote (stack state, backups, history). */
  stateAtRest(): string[];
  dispose(): Promise<void>;
}

const execFileAsync = promisify(execFile);

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
 * Only input properties count: outputs a provider keeps for itself (ids it tracks, read-only
 * flags) are not in the inputs and never differ from the architecture.
 */
function stepDiffs(m: StepEventMetadata): string[] {
  if (m.diffs && m.diffs.length > 0) return [...m.diffs].sort();
  if (m.op !== "update" || !m.old || !m.new) return [];
  const inputs = new Set([...Object.keys(m.old.inputs ?? {}), ...Object.keys(m.new.inputs ?? {})]);
  return changedFields(m.old.outputs ?? {}, m.new.inputs ?? {}, ["__provider"]).filter((field) => inputs.has(field));
}

/**
 * How an exported state holds a config value that the default provider received (its inputs):
 * a secret appears as `{ ciphertext }` once the signature key is dropped; plain text means a leak.
 */
export function secretConfigIn(exported: string, key: string): unknown {
  const resources = (JSON.parse(exported) as { deployment: { resources?: Array<{ type: string; inputs?: Record<string, unknown> }> } }).deployment.resources ?? [];
  const provider = resources.find((r) => r.type.startsWith("pulumi:providers:") && r.inputs?.[key] !== undefined);
  const value = provider?.inputs?.[key];
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== secretSignature));
}

/** The key Pulumi marks secret values with in serialized state. */
const secretSignature = "4dabf18193072939515e22adb298388d";

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
  const setConfig = async (config: E2EConfig) => {
    for (const [key, value] of Object.entries(config)) {
      await stack.setConfig(key, typeof value === "string" ? { value } : { value: value.secret, secret: true });
    }
  };
  await setConfig(options.config ?? {});

  const collect = async (run: (onEvent: (e: EngineEvent) => void) => Promise<unknown>) => {
    const events: EngineEvent[] = [];
    await run((e) => events.push(e));
    return changesIn(events);
  };

  return {
    stack,
    workDir,
    env: envVars,
    setConfig,
    preview: (opts) => collect((onEvent) => stack.preview({ onEvent, refresh: opts?.refresh })),
    up: (opts) => collect((onEvent) => stack.up({ onEvent, refresh: opts?.refresh })),
    refresh: () => collect((onEvent) => stack.refresh({ onEvent })),
    expectNoDrift: async () => {
      await stack.preview({ refresh: true, expectNoChanges: true });
    },
    destroy: () => collect((onEvent) => stack.destroy({ onEvent })),
    exportState: async () => (await execFileAsync("pulumi", ["stack", "export", "--stack", "e2e"], { cwd: workDir, env: envVars, maxBuffer: 64 << 20 })).stdout,
    stateAtRest: () => {
      const root = path.join(workDir, "state");
      return fs
        .readdirSync(root, { recursive: true, encoding: "utf8" })
        .map((file) => path.join(root, file))
        .filter((file) => fs.statSync(file).isFile())
        .map((file) => fs.readFileSync(file, "utf8"));
    },
    dispose: async () => fs.rmSync(workDir, { recursive: true, force: true }),
  };
}
