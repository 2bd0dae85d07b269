/**
 * Connection settings for `bowtie import`: a stack's config (read through the Automation API,
 * secrets decrypted) under the BOWTIE_* environment variables, exactly as the providers resolve
 * them; or the environment alone when it names the CRM and no stack was asked for.
 */
import type { Target } from "../../specs";
import { currentSettings, settingKeys, type ConnectionSettings, type SettingKey } from "../../providers/core/settings";
import { openStack } from "../pulumi/stack";
import { sandboxConnectionEnv, startSandbox } from "../sandbox/services";
import { DEFAULT_STACK, SANDBOX_STACKS } from "../commands/stack-command";

export interface Connection {
  settings: ConnectionSettings;
  /** Where the settings came from, for the console (never a secret). */
  via: string;
  /** The stack whose config was read, if any. */
  stack?: string;
}

/** The variables that make the environment alone enough to reach the CRM. */
const envCredentials: Record<Target, SettingKey[]> = {
  salesforce: ["salesforceUsername", "salesforceClientId"],
  hubspot: ["hubspotToken"],
};

export interface ConnectionOptions {
  crm: Target;
  /** `-s`: when omitted, the environment is used if it names the CRM, else the dev stack. */
  stack?: string;
  /** `-C`: the Pulumi project directory. */
  workDir?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export async function connectionFor(options: ConnectionOptions): Promise<Connection> {
  const env = options.env ?? process.env;
  if (options.stack === undefined && envCredentials[options.crm].some((key) => env[settingKeys[key]])) {
    return { settings: currentSettings(env), via: "the BOWTIE_* environment variables" };
  }
  const stack = options.stack ?? DEFAULT_STACK;
  const sandboxStack = SANDBOX_STACKS.includes(stack) && options.workDir === undefined;
  if (sandboxStack) {
    const status = await startSandbox(options.crm);
    options.log?.(`${options.crm} sandbox: ${status.url}`);
  }
  const config = await (await openStack({ stack, workDir: options.workDir, ...(sandboxStack ? { local: true } : {}) })).stack.getAllConfig();
  const fromStack: NodeJS.ProcessEnv = {};
  for (const key of Object.keys(settingKeys) as SettingKey[]) {
    const value = config[`bowtie:${key}`]?.value;
    if (value) fromStack[settingKeys[key]] = value;
  }
  // The environment wins over the stack config, as in the providers; a sandbox stack's CRMs are where the sandboxes listen.
  const present = { ...Object.fromEntries(Object.entries(env).filter(([, v]) => v)), ...(sandboxStack ? sandboxConnectionEnv() : {}) };
  return { settings: currentSettings({ ...fromStack, ...present }), via: `stack ${stack}`, stack };
}
