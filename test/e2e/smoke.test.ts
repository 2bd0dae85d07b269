import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createE2EStack, type E2EStack } from "./harness";

describe("pulumi CLI + Node language host + dynamic provider shim", () => {
  let e2e: E2EStack;
  let store: string;

  beforeAll(async () => {
    e2e = await createE2EStack({
      program: path.join(__dirname, "fixtures", "smoke", "index.ts"),
      projectName: "smoke",
      config: { "smoke:value": "hello" },
    });
    store = path.join(e2e.workDir, "store.json");
    await e2e.stack.setConfig("smoke:store", { value: store });
  });

  afterAll(async () => {
    await e2e?.dispose();
  });

  it("creates the resource", async () => {
    const changes = await e2e.up();
    expect(changes).toEqual([expect.objectContaining({ op: "create", type: "pulumi-nodejs:dynamic/smoke:Entry" })]);
    expect(JSON.parse(fs.readFileSync(store, "utf8"))).toEqual({ greeting: "hello" });
    await e2e.expectNoDrift();
  });

  it("shows a change in code as an update naming the changed property", async () => {
    await e2e.stack.setConfig("smoke:value", { value: "hello again" });
    const preview = await e2e.preview();
    expect(preview).toEqual([expect.objectContaining({ op: "update", diffs: ["value"] })]);
    await e2e.up();
    expect(JSON.parse(fs.readFileSync(store, "utf8"))).toEqual({ greeting: "hello again" });
  });

  it("sees a change made outside Pulumi as drift through read", async () => {
    fs.writeFileSync(store, JSON.stringify({ greeting: "edited by hand" }));
    await expect(e2e.expectNoDrift()).rejects.toThrow(/no changes were expected/);
    const refreshed = await e2e.preview({ refresh: true });
    expect(refreshed).toEqual([expect.objectContaining({ op: "update", diffs: ["value"] })]);
    await e2e.up({ refresh: true });
    expect(JSON.parse(fs.readFileSync(store, "utf8"))).toEqual({ greeting: "hello again" });
  });

  it("destroy removes it", async () => {
    const changes = await e2e.destroy();
    expect(changes).toEqual([expect.objectContaining({ op: "delete" })]);
    expect(JSON.parse(fs.readFileSync(store, "utf8"))).toEqual({});
  });
});
