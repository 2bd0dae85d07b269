/**
 * The local sandboxes as background services: one detached process per CRM on a fixed port
 * (overridable), its state, log and pid files under `.bowtie/sandbox/`.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Scenario } from "../../sandbox/common/scenario";
import { salesforceSandboxCredentials } from "../../sandbox/salesforce";
import { hubspotSandboxToken } from "../../sandbox/hubspot";
import { settingKeys } from "../../providers/core/settings";
import { projectRoot } from "../pulumi/toolchain";

export type Crm = "salesforce" | "hubspot";
export type { Scenario };
export const crms: readonly Crm[] = ["salesforce", "hubspot"];

const defaultPorts: Record<Crm, { port: number; env: string }> = {
  salesforce: { port: 8710, env: "BOWTIE_SALESFORCE_SANDBOX_PORT" },
  hubspot: { port: 8720, env: "BOWTIE_HUBSPOT_SANDBOX_PORT" },
};

/** Where the services keep state, logs and pid files (`BOWTIE_SANDBOX_DIR` moves it, e.g. for tests). */
const sandboxDir = () => process.env.BOWTIE_SANDBOX_DIR ?? path.join(projectRoot, ".bowtie", "sandbox");

export function sandboxPort(crm: Crm, env: NodeJS.ProcessEnv = process.env): number {
  const configured = env[defaultPorts[crm].env];
  return configured ? Number(configured) : defaultPorts[crm].port;
}

export function sandboxUrl(crm: Crm): string {
  return `http://127.0.0.1:${sandboxPort(crm)}`;
}

const files = (crm: Crm) => ({
  pid: path.join(sandboxDir(), `${crm}.pid`),
  state: path.join(sandboxDir(), `${crm}.json`),
  log: path.join(sandboxDir(), `${crm}.log`),
});

export interface SandboxStatus {
  crm: Crm;
  running: boolean;
  url: string;
  pid?: number;
  stateFile: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function responds(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export async function sandboxStatus(crm: Crm): Promise<SandboxStatus> {
  const f = files(crm);
  const pid = fs.existsSync(f.pid) ? Number(fs.readFileSync(f.pid, "utf8")) : undefined;
  const url = sandboxUrl(crm);
  const running = pid !== undefined && alive(pid) && (await responds(url));
  return { crm, running, url, pid: running ? pid : undefined, stateFile: f.state };
}

/** Starts the sandbox unless it already runs; resolves once it answers HTTP. */
export async function startSandbox(crm: Crm, scenario: Scenario = "messy"): Promise<SandboxStatus> {
  const current = await sandboxStatus(crm);
  if (current.running) return current;
  const url = sandboxUrl(crm);
  if (await responds(url)) {
    throw new Error(`port ${sandboxPort(crm)} is taken by another process; set ${defaultPorts[crm].env} to use another port`);
  }
  fs.mkdirSync(sandboxDir(), { recursive: true });
  const f = files(crm);
  const log = fs.openSync(f.log, "a");
  const child = spawn(
    path.join(projectRoot, "node_modules", ".bin", "tsx"),
    [path.join(projectRoot, "sandbox", crm, "main.ts"), "--port", String(sandboxPort(crm)), "--state", f.state, "--scenario", scenario],
    { detached: true, stdio: ["ignore", log, log], cwd: projectRoot },
  );
  child.unref();
  fs.writeFileSync(f.pid, String(child.pid));
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (await responds(url)) return { crm, running: true, url, pid: child.pid, stateFile: f.state };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the ${crm} sandbox did not start; see ${path.relative(process.cwd(), f.log)}`);
}

export async function stopSandbox(crm: Crm): Promise<boolean> {
  // Only a pid that is alive and whose sandbox answers is ours: after a reboot the number may be anyone's.
  const { running, pid } = await sandboxStatus(crm);
  fs.rmSync(files(crm).pid, { force: true });
  if (!running || pid === undefined) return false;
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 5000 && alive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  return true;
}

/** Stops the sandbox, drops its state and starts it again from a fresh seed. */
export async function resetSandbox(crm: Crm, scenario: Scenario): Promise<SandboxStatus> {
  await stopSandbox(crm);
  fs.rmSync(files(crm).state, { force: true });
  return startSandbox(crm, scenario);
}

/** Demo credentials: they open nothing but the emulators on 127.0.0.1. */
export function demoCredentials(crm: Crm): Record<string, string> {
  if (crm === "hubspot") return { token: hubspotSandboxToken };
  const { username, password, clientId, clientSecret } = salesforceSandboxCredentials;
  return { username, password, clientId, clientSecret };
}

/**
 * The connection of a stack whose CRMs are the local sandboxes, as stack config: the sandboxes'
 * current URLs (their ports: `BOWTIE_*_SANDBOX_PORT` or the defaults) and the demo credentials.
 */
export function sandboxStackConfig(): Record<string, { value: string; secret?: boolean }> {
  const { username, password, clientId, clientSecret } = salesforceSandboxCredentials;
  return {
    "bowtie:salesforceLoginUrl": { value: sandboxUrl("salesforce") },
    "bowtie:salesforceUsername": { value: username },
    "bowtie:salesforcePassword": { value: password, secret: true },
    "bowtie:salesforceClientId": { value: clientId },
    "bowtie:salesforceClientSecret": { value: clientSecret, secret: true },
    "bowtie:hubspotBasePath": { value: sandboxUrl("hubspot") },
    "bowtie:hubspotToken": { value: hubspotSandboxToken, secret: true },
  };
}

/**
 * Where the providers of a local stack find the sandboxes: the environment variables that win
 * over the stack config (providers/core/settings.ts), so the dev stack follows moved ports.
 */
export function sandboxConnectionEnv(): Record<string, string> {
  return { [settingKeys.salesforceLoginUrl]: sandboxUrl("salesforce"), [settingKeys.hubspotBasePath]: sandboxUrl("hubspot") };
}
