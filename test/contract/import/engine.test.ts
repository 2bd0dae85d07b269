/**
 * The round trip through the real engine: a stack whose architecture is the imported module,
 * `pulumi up` (which adopts every object and must leave the CRM as it was), then
 * `pulumi preview --refresh --expect-no-changes`.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { LocalWorkspace, type EngineEvent } from "@pulumi/pulumi/automation";
import { afterAll, describe, expect, it } from "vitest";
import { ensurePulumi, projectRoot, pulumiEnv } from "../../../cli/pulumi/toolchain";
import type { Target } from "../../../specs";
import { currentSettings } from "../../../providers/core/settings";
import { hubspotSandboxToken, startHubSpotSandbox } from "../../../sandbox/hubspot";
import { salesforceSandboxCredentials as creds, startSalesforceSandbox } from "../../../sandbox/salesforce";
import { importToFile } from "./round-trip";

type Config = Record<string, { value: string; secret?: boolean }>;

async function stackFor(architecture: string, target: Target, connection: Config) {
  const workDir = join(projectRoot, ".bowtie", "tmp", `import-${randomBytes(4).toString("hex")}`);
  mkdirSync(join(workDir, "state"), { recursive: true });
  const env = pulumiEnv(await ensurePulumi(), { ...process.env, PULUMI_BACKEND_URL: `file://${join(workDir, "state")}`, PULUMI_HOME: join(workDir, "home") });
  const envVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  // The Automation API resolves `pulumi` from this process's PATH.
  process.env.PATH = env.PATH;
  const workspace = await LocalWorkspace.create({
    workDir,
    envVars,
    projectSettings: { name: "bowtie", runtime: { name: "nodejs", options: { typescript: true } }, main: relative(workDir, join(projectRoot, "stacks", "index.ts")) },
  });
  const stack = await LocalWorkspace.createStack({ stackName: "import", workDir }, { workDir, envVars, pulumiCommand: workspace.pulumiCommand });
  // The messy CRMs' gotchas are imported as they are: lint errors reported, not stopping the adoption (as `bowtie import` advises).
  await stack.setAllConfig({ ...connection, "bowtie:architecture": { value: architecture }, "bowtie:targets": { value: JSON.stringify([target]) }, "bowtie:lintErrors": { value: "warn" } });
  return { stack, dispose: () => rmSync(workDir, { recursive: true, force: true }) };
}

const steps = (events: EngineEvent[]) =>
  events.flatMap((e) => {
    const m = e.resourcePreEvent?.metadata;
    return m && m.type.startsWith("pulumi-nodejs:dynamic/") ? [m.op] : [];
  });

describe("bowtie import through the real engine", () => {
  const cleanups: Array<() => unknown> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("adopting the imported module changes nothing in either messy sandbox, and a refreshed preview is empty", async () => {
    const salesforce = await startSalesforceSandbox({ scenario: "messy" });
    const hubspot = await startHubSpotSandbox({ scenario: "messy" });
    cleanups.push(() => salesforce.close(), () => hubspot.close());
    const settings = currentSettings({});
    settings.salesforce = { ...settings.salesforce, loginUrl: salesforce.url, username: creds.username, password: creds.password, clientId: creds.clientId, clientSecret: creds.clientSecret };
    settings.hubspot = { basePath: hubspot.url, token: hubspotSandboxToken };
    const ctx = { settings, emit: () => {} };
    const crms: Array<{ target: Target; connection: Config; live: () => string }> = [
      {
        target: "salesforce",
        connection: {
          "bowtie:salesforceLoginUrl": { value: salesforce.url },
          "bowtie:salesforceUsername": { value: creds.username },
          "bowtie:salesforcePassword": { value: creds.password, secret: true },
          "bowtie:salesforceClientId": { value: creds.clientId },
          "bowtie:salesforceClientSecret": { value: creds.clientSecret, secret: true },
        },
        live: () => JSON.stringify([salesforce.state().metadata, salesforce.state().records]),
      },
      {
        target: "hubspot",
        connection: { "bowtie:hubspotBasePath": { value: hubspot.url }, "bowtie:hubspotToken": { value: hubspotSandboxToken, secret: true } },
        live: () => JSON.stringify([hubspot.state().properties, hubspot.state().pipelines, hubspot.state().records]),
      },
    ];
    for (const crm of crms) {
      const { file, specs } = await importToFile(crm.target, ctx);
      const { stack, dispose } = await stackFor(file, crm.target, crm.connection);
      cleanups.push(dispose);
      const before = crm.live();
      const up: EngineEvent[] = [];
      await stack.up({ onEvent: (e) => up.push(e) });
      expect(steps(up), crm.target).toEqual(specs.map(() => "create"));
      expect(crm.live(), `${crm.target}: adoption wrote to the CRM`).toBe(before);
      await stack.preview({ refresh: true, expectNoChanges: true });
    }
  }, 300_000);
});
