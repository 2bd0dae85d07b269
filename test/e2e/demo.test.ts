/**
 * `bin/bowtie demo` as a new user runs it: its own `demo` stack, the default architecture, the
 * sandboxes as background services — on free ports (so the dev stack's default ports are not
 * touched) and with state in a throwaway backend, so nothing of the working tree's dev stack is read.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { createServer } from "node:net";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../cli/pulumi/toolchain";
import { runBowtieIn } from "./bowtie-cli";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

describe("bowtie demo", () => {
  const root = path.join(projectRoot, ".bowtie", "e2e", `demo-${randomBytes(6).toString("hex")}`);
  let env: NodeJS.ProcessEnv;

  afterAll(async () => {
    if (env) await runBowtieIn(env, ["sandbox", "stop"]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("runs on its own stack with the default architecture, on wherever the sandboxes listen", async () => {
    fs.mkdirSync(path.join(root, "state"), { recursive: true });
    const { PULUMI_CONFIG_PASSPHRASE: _ignored, ...inherited } = process.env;
    env = {
      ...inherited,
      PULUMI_BACKEND_URL: `file://${path.join(root, "state")}`,
      PULUMI_HOME: path.join(root, "home"),
      BOWTIE_SANDBOX_DIR: path.join(root, "sandbox"),
      BOWTIE_SALESFORCE_SANDBOX_PORT: String(await freePort()),
      BOWTIE_HUBSPOT_SANDBOX_PORT: String(await freePort()),
    };
    const devConfig = fs.readFileSync(path.join(projectRoot, "stacks", "Pulumi.dev.yaml"), "utf8");
    const run = await runBowtieIn(env, ["demo"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`salesforce sandbox (messy org): http://127.0.0.1:${env.BOWTIE_SALESFORCE_SANDBOX_PORT}`);
    expect(run.stdout).toContain("lifecycle/default-architecture.ts: no problems found");
    expect(run.stdout).toContain("Preview: what `pulumi up -s demo` would change");
    expect(run.stdout).toContain(`moved 4 records from Lead.Status "Trending Up" to "Engaged"`);
    expect(run.stdout).toContain("Drift check (bowtie drift -s demo)");
    expect(run.stdout).toContain("Partner Referral");
    // Only the demo stack exists in the backend; the dev stack's committed settings are as they were.
    expect(fs.readdirSync(path.join(root, "state", ".pulumi", "stacks", "bowtie")).filter((f) => f.endsWith(".json"))).toEqual(["demo.json"]);
    expect(fs.readFileSync(path.join(projectRoot, "stacks", "Pulumi.dev.yaml"), "utf8")).toBe(devConfig);
    expect(fs.readFileSync(path.join(projectRoot, "stacks", "Pulumi.demo.yaml"), "utf8")).not.toContain("bowtie:architecture");
  });
});
