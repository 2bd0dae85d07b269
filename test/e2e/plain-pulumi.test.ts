/**
 * `pulumi preview/up/refresh/destroy` as a Pulumi user runs them: the real `pulumi` binary in a
 * fresh environment holding only the CLI (and node) on PATH, a HOME of its own and the passphrase —
 * no Bowtie variable, no PULUMI_NODEJS_TRANSPILE_ONLY. The project is this repository's, Pulumi.yaml
 * verbatim (its `options.refresh: always`, its file backend) and stacks/ (with its tsconfig.json),
 * linked into a throwaway directory so the stack's config and state stay out of the working tree.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLeadStatusValue } from "../../cli/demo/admin-changes";
import { ensurePulumi, projectRoot } from "../../cli/pulumi/toolchain";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox, type SalesforceSandbox } from "../../sandbox/salesforce";
import { salesforceAdmin } from "./crm";

interface Run {
  code: number;
  output: string;
}

const PASSPHRASE = "plain-pulumi-e2e";

/** What a write would change in the org (sessions and API usage change with every read). */
const written = (sandbox: SalesforceSandbox) => {
  const { metadata, flows, records } = sandbox.state();
  return { metadata, flows, records };
};

/** A project directory that is this repository's Pulumi project: Pulumi.yaml copied verbatim, everything else linked. */
function linkProject(dir: string): void {
  fs.mkdirSync(path.join(dir, "stacks"), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  const own = new Set(["Pulumi.yaml", "stacks", ".bowtie", ".git"]);
  for (const file of fs.readdirSync(projectRoot).filter((f) => !own.has(f))) fs.symlinkSync(path.join(projectRoot, file), path.join(dir, file));
  for (const file of fs.readdirSync(path.join(projectRoot, "stacks")).filter((f) => !f.startsWith("Pulumi."))) {
    fs.symlinkSync(path.join(projectRoot, "stacks", file), path.join(dir, "stacks", file));
  }
}

describe("plain pulumi in a fresh shell (only the CLI on PATH and the passphrase)", () => {
  let root: string;
  let project: string;
  let env: Record<string, string>;
  let salesforce: SalesforceSandbox;

  const pulumi = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile("pulumi", [...args, "-s", "e2e", "--non-interactive"], { cwd: project, env, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
      });
    });

  beforeAll(async () => {
    const pulumiDir = await ensurePulumi();
    root = path.join(projectRoot, ".bowtie", "e2e", `plain-${randomBytes(6).toString("hex")}`);
    project = path.join(root, "project");
    linkProject(project);
    fs.mkdirSync(path.join(project, ".bowtie", "state"), { recursive: true });
    fs.mkdirSync(path.join(root, "home"));
    env = { PATH: [pulumiDir, path.dirname(process.execPath), "/usr/bin", "/bin"].join(path.delimiter), HOME: path.join(root, "home"), PULUMI_CONFIG_PASSPHRASE: PASSPHRASE };
    salesforce = await startSalesforceSandbox({ scenario: "messy", stateFile: path.join(root, "salesforce-org.json") });
    expect(await pulumiIn(["stack", "init", "e2e"])).toMatchObject({ code: 0 });
    const plain = {
      "bowtie:salesforceLoginUrl": salesforce.url,
      "bowtie:salesforceUsername": creds.username,
      "bowtie:salesforceClientId": creds.clientId,
      // One CRM keeps the run short; the program, the tsconfig and the refresh are the same for both.
      "bowtie:targets": '["salesforce"]',
    };
    const secret = { "bowtie:salesforcePassword": creds.password, "bowtie:salesforceClientSecret": creds.clientSecret };
    for (const [key, value] of Object.entries(plain)) expect(await pulumi("config", "set", key, value)).toMatchObject({ code: 0 });
    for (const [key, value] of Object.entries(secret)) expect(await pulumi("config", "set", "--secret", key, value)).toMatchObject({ code: 0 });
  });

  /** `pulumi <args>` without the stack flag (stack init). */
  const pulumiIn = (args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile("pulumi", args, { cwd: project, env }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: `${stdout}${stderr}` }));
    });

  afterAll(async () => {
    await salesforce?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("preview type-checks the program with the project's tsconfig and plans every resource", async () => {
    const run = await pulumi("preview");
    expect(run.output).not.toContain("TSError");
    expect(run.output).not.toMatch(/^\s+error: /m);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/\+ \d+ to create/);
    expect(run.output).toContain("would adopt the existing CRM object LeadStatus");
  });

  it("up applies; the next preview (refreshed by Pulumi.yaml) finds nothing to change", async () => {
    expect(await pulumi("up", "--yes")).toMatchObject({ code: 0 });
    const again = await pulumi("preview", "--expect-no-changes");
    expect(again.output).toContain("refresh");
    expect(again.code).toBe(0);
  });

  it("a change an admin made in Setup shows in a plain preview (no --refresh), and up restores it", async () => {
    await addLeadStatusValue(salesforceAdmin(salesforce), { apiName: "Hot_Lead", label: "Hot Lead" });
    const drifted = await pulumi("preview", "--expect-no-changes");
    expect(drifted.code).not.toBe(0);
    expect(drifted.output).toMatch(/~\s+pulumi-nodejs:dynamic\/salesforce:\S+\s+sf-value-set-lead-status\s+update/);
    expect(await pulumi("up", "--yes")).toMatchObject({ code: 0 });
    expect(await pulumi("preview", "--expect-no-changes")).toMatchObject({ code: 0 });
  });

  it("an unreachable CRM fails the preview; it never passes as no changes", async () => {
    const { port } = new URL(salesforce.url);
    await salesforce.close();
    try {
      const run = await pulumi("preview", "--expect-no-changes");
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`127.0.0.1:${port}`);
    } finally {
      salesforce = await startSalesforceSandbox({ port: Number(port), stateFile: path.join(root, "salesforce-org.json") });
    }
  });

  it("lint error findings stop the program before it declares any resource: nothing is written", async () => {
    const before = written(salesforce);
    expect(await pulumi("config", "set", "bowtie:architecture", "test/unit/lifecycle/fixtures/gotchas.ts")).toMatchObject({ code: 0 });
    try {
      const run = await pulumi("preview");
      expect(run.code).not.toBe(0);
      expect(run.output).toContain("error BT003 deal-outcome-in-lifecycle");
      expect(run.output).toContain("pulumi config set bowtie:lintErrors warn");
      expect(written(salesforce)).toEqual(before);
    } finally {
      await pulumi("config", "rm", "bowtie:architecture");
    }
  });

  it("refresh and destroy", async () => {
    expect(await pulumi("refresh", "--yes")).toMatchObject({ code: 0 });
    expect(await pulumi("destroy", "--yes")).toMatchObject({ code: 0 });
  });
});
