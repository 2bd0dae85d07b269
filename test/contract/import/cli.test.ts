import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LocalWorkspace } from "@pulumi/pulumi/automation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../../cli/commands/import";
import { ensurePulumi, pulumiEnv } from "../../../cli/pulumi/toolchain";
import { loadArchitecture } from "../../../lifecycle/load";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../../sandbox/hubspot";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox, type SalesforceSandbox } from "../../../sandbox/salesforce";

const bowtie = resolve(__dirname, "../../../bin/bowtie");

/** The environment without any BOWTIE_* connection settings of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("BOWTIE_"))), ...extra };
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(bowtie, ["import", ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("bowtie import (the command)", () => {
  let hubspot: HubSpotSandbox;
  let salesforce: SalesforceSandbox;
  const dir = mkdtempSync(join(tmpdir(), "bowtie-import-cli-"));
  beforeAll(async () => {
    hubspot = await startHubSpotSandbox({ scenario: "messy" });
    salesforce = await startSalesforceSandbox({ scenario: "messy" });
  });
  afterAll(async () => {
    await hubspot?.close();
    await salesforce?.close();
  });

  it("--from hubspot --out x.ts writes a module that loads, and says the preview would show no changes", async () => {
    const out = join(dir, "hubspot", "architecture.ts");
    const env = cleanEnv({ BOWTIE_HUBSPOT_BASE_PATH: hubspot.url, BOWTIE_HUBSPOT_TOKEN: hubspotSandboxToken });
    const result = await cli(["--from", "hubspot", "--out", out], env);
    expect(result.stderr).toContain(`reading hubspot at ${hubspot.url} (settings from the BOWTIE_* environment variables)`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("round trip: 6 HubSpot resources compiled from the file, each compared with the live HubSpot (read, then diffed as a preview would): no changes");
    expect(result.stdout).toContain('Workflows (1 found: "Legacy: mark contact Won").');
    expect(result.stdout).toMatch(/^lint: \d+ errors?, \d+ warnings?/m);
    const loaded = loadArchitecture(out);
    expect(loaded.ok && loaded.architecture.lifecycle.map((s) => s.names.hubspot)).toContain("trending_up");
    expect(result.stdout + result.stderr).not.toContain(hubspotSandboxToken);

    const again = await cli(["--from", "hubspot", "--out", out], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists; pass --force to overwrite it");
  });

  it("-s <stack> -C <project> reads the connection from the stack's config, secrets decrypted", async () => {
    const project = join(dir, "project");
    const home = join(dir, "pulumi-home");
    const env = pulumiEnv(await ensurePulumi(), cleanEnv({ PULUMI_HOME: home }));
    const envVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
    // The Automation API resolves `pulumi` from this process's PATH.
    process.env.PATH = env.PATH;
    mkdirSync(join(project, "state"), { recursive: true });
    writeFileSync(join(project, "Pulumi.yaml"), `name: import-test\nruntime: nodejs\nbackend:\n  url: file://${join(project, "state")}\n`);
    const stack = await LocalWorkspace.createOrSelectStack({ stackName: "staging", workDir: project }, { workDir: project, envVars });
    await stack.setAllConfig({
      "bowtie:salesforceLoginUrl": { value: salesforce.url },
      "bowtie:salesforceUsername": { value: creds.username },
      "bowtie:salesforcePassword": { value: creds.password, secret: true },
      "bowtie:salesforceClientId": { value: creds.clientId },
      "bowtie:salesforceClientSecret": { value: creds.clientSecret, secret: true },
    });
    const out = join(dir, "salesforce.ts");
    const result = await cli(["--from", "salesforce", "-s", "staging", "-C", project, "--out", out], env);
    expect(result.stderr).toContain(`reading salesforce at ${salesforce.url} (settings from stack staging)`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("round trip: 6 Salesforce resources compiled from the file");
    expect(result.stdout).toContain("pulumi config set -s staging bowtie:architecture");
    expect(loadArchitecture(out).ok).toBe(true);
    expect(result.stdout + result.stderr).not.toContain(creds.password);
  }, 120_000);

  it("refuses a missing --from or --out with the usage, writing nothing", async () => {
    const lines: string[] = [];
    const io = { env: cleanEnv(), out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), today: () => "2025-01-01" };
    expect(await run(["--from", "pipedrive", "--out", join(dir, "x.ts")], io)).toBe(1);
    expect(await run(["--from", "hubspot"], io)).toBe(1);
    expect(lines.join("")).toContain('expected --from salesforce or --from hubspot, got "pipedrive"');
    expect(lines.join("")).toContain("expected --out <file.ts>");
    expect(existsSync(join(dir, "x.ts"))).toBe(false);
  });
});
