import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const projectRoot = path.resolve(__dirname, "..", "..");

/** Documented default passphrase for the local `dev` stack's secrets; real environments set their own. */
export const LOCAL_DEV_PASSPHRASE = "bowtie-local-dev";

/**
 * Returns the directory holding `pulumi`, `pulumi-language-nodejs` and the dynamic-provider shim,
 * obtaining them on first use (`scripts/ensure-pulumi`: PATH, cache, official release, Go build).
 * The script's progress is shown on stderr.
 */
export async function ensurePulumi(): Promise<string> {
  const script = path.join(projectRoot, "scripts", "ensure-pulumi");
  const child = run(script, { maxBuffer: 1 << 20 });
  child.child.stderr?.pipe(process.stderr);
  const { stdout } = await child;
  return stdout.trim().split("\n").pop()!;
}

/**
 * The environment every Pulumi command of Bowtie runs with: the obtained CLI first on PATH, no
 * update checks, no plugin downloads (nothing here may reach the network). Local stacks (the dev
 * stack, throwaway test stacks) get the documented local passphrase unless one is provided; shared
 * environments never fall back to it.
 */
export function pulumiEnv(pulumiDir: string, base: NodeJS.ProcessEnv = process.env, opts: { localStack: boolean } = { localStack: true }): NodeJS.ProcessEnv {
  const hasPassphrase = base.PULUMI_CONFIG_PASSPHRASE !== undefined || base.PULUMI_CONFIG_PASSPHRASE_FILE !== undefined;
  return {
    ...base,
    PATH: `${pulumiDir}${path.delimiter}${base.PATH ?? ""}`,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    // `npm test` type-checks the whole project with tsc; the engine need not do it again per run.
    PULUMI_NODEJS_TRANSPILE_ONLY: base.PULUMI_NODEJS_TRANSPILE_ONLY ?? "true",
    PULUMI_CONFIG_PASSPHRASE: hasPassphrase || !opts.localStack ? base.PULUMI_CONFIG_PASSPHRASE : LOCAL_DEV_PASSPHRASE,
  };
}
