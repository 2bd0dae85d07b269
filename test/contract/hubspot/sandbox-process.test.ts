import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Client } from "@hubspot/api-client";
import { afterAll, describe, expect, it } from "vitest";
import { hubspotSandboxToken, startHubSpotSandbox } from "../../../sandbox/hubspot";

/** Starts `tsx sandbox/hubspot/main.ts` and resolves with the URL it prints. */
function runSandbox(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/hubspot/main.ts", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}`)));
    createInterface({ input: child.stdout! }).once("line", (url) => resolve({ child, url }));
  });
}

describe("the sandbox as a separate process", () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((child) => child.kill("SIGTERM")));

  it("shares one portal through the state file, and takes faults from another process", async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "bowtie-hubspot-")), "portal.json");
    const { child, url } = await runSandbox(["--state", stateFile, "--scenario", "messy"]);
    children.push(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const inProcess = await startHubSpotSandbox({ stateFile });
    try {
      const viaChild = new Client({ accessToken: hubspotSandboxToken, basePath: url });
      const viaLocal = new Client({ accessToken: hubspotSandboxToken, basePath: inProcess.url });
      await viaChild.crm.objects.basicApi.update("contacts", "101", { properties: { lifecyclestage: "customer" } });
      const seen = await viaLocal.crm.objects.basicApi.getById("contacts", "101", ["lifecyclestage"]);
      expect(seen.properties.lifecyclestage).toBe("customer");

      await fetch(`${url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ path: "^/crm/v3/pipelines", status: 503, times: 1 }) });
      const first = await fetch(`${url}/crm/v3/pipelines/deals`, { headers: { authorization: `Bearer ${hubspotSandboxToken}` } });
      expect(first.status).toBe(503);
      expect(first.headers.get("content-type")).toContain("application/json");
      const second = await fetch(`${url}/crm/v3/pipelines/deals`, { headers: { authorization: `Bearer ${hubspotSandboxToken}` } });
      expect(second.status).toBe(200);
      expect(second.headers.get("x-hubspot-ratelimit-daily-remaining")).toMatch(/^\d+$/);
    } finally {
      await inProcess.close();
    }
  });

  it("answers 401 with HubSpot's body, as JSON, without a token", async () => {
    const sandbox = await startHubSpotSandbox({ scenario: "empty" });
    try {
      const response = await fetch(`${sandbox.url}/crm/v3/properties/contacts`);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/json;charset=utf-8");
      expect(await response.json()).toMatchObject({ status: "error", category: "INVALID_AUTHENTICATION", correlationId: expect.any(String) });
    } finally {
      await sandbox.close();
    }
  });
});
