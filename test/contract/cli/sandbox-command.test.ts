/**
 * `bowtie sandbox start|status|reset|stop` as a user runs it: background services on the ports the
 * environment names, answering the real clients, reseeded on reset, gone after stop.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { Client } from "@hubspot/api-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hubspotSandboxToken } from "../../../sandbox/hubspot";

const run = promisify(execFile);
const bowtie = path.resolve(__dirname, "../../../bin/bowtie");

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("bowtie sandbox", () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let ports: { salesforce: number; hubspot: number };

  const sandbox = async (...args: string[]) => (await run(bowtie, ["sandbox", ...args], { env })).stdout;
  const lifecycleOptions = async () => {
    const client = new Client({ accessToken: hubspotSandboxToken, basePath: `http://127.0.0.1:${ports.hubspot}` });
    return (await client.crm.properties.coreApi.getByName("contacts", "lifecyclestage")).options.map((o) => o.value);
  };

  beforeAll(async () => {
    ports = { salesforce: await freePort(), hubspot: await freePort() };
    env.BOWTIE_SANDBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "bowtie-sandbox-"));
    env.BOWTIE_SALESFORCE_SANDBOX_PORT = String(ports.salesforce);
    env.BOWTIE_HUBSPOT_SANDBOX_PORT = String(ports.hubspot);
  });

  afterAll(async () => {
    await sandbox("stop").catch(() => undefined);
    fs.rmSync(env.BOWTIE_SANDBOX_DIR!, { recursive: true, force: true });
  });

  it("starts both sandboxes and prints their URLs and demo credentials", async () => {
    const out = await sandbox("start");
    expect(out).toContain(`salesforce  running  http://127.0.0.1:${ports.salesforce}`);
    expect(out).toContain(`hubspot     running  http://127.0.0.1:${ports.hubspot}`);
    expect(out).toContain(`token=${hubspotSandboxToken}`);
    expect(await lifecycleOptions()).toContain("trending_up");
  });

  it("is idempotent: a second start reuses the running services", async () => {
    const before = await sandbox("status");
    expect(await sandbox("start")).toBe(before);
  });

  it("reset --scenario empty reseeds one sandbox", async () => {
    await sandbox("reset", "hubspot", "--scenario", "empty");
    expect(await lifecycleOptions()).not.toContain("trending_up");
  });

  it("refuses an unknown scenario with a clear message", async () => {
    await expect(sandbox("reset", "--scenario", "tidy")).rejects.toMatchObject({ stderr: expect.stringContaining("--scenario must be messy or empty, not 'tidy'") });
  });

  it("stop ends both services", async () => {
    expect(await sandbox("stop")).toMatch(/salesforce\s+stopped\nhubspot\s+stopped/);
    expect(await sandbox("status")).toMatch(/salesforce\s+stopped\nhubspot\s+stopped/);
    await expect(lifecycleOptions()).rejects.toThrow();
  });
});
