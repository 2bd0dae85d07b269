import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JsonFileStore } from "../../../sandbox/common/store";

const tempFile = () => join(mkdtempSync(join(tmpdir(), "bowtie-store-")), "state.json");
const seed = () => ({ count: 0 });

describe("the JSON-file store", () => {
  it("keeps the state in memory without a file", () => {
    const store = new JsonFileStore(undefined, seed);
    store.load().count = 3;
    store.save();
    expect(store.load()).toEqual({ count: 3 });
  });

  it("creates a missing file from the seed, and never reseeds an existing one", () => {
    const file = tempFile();
    new JsonFileStore(file, seed);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ count: 0 });
    writeFileSync(file, JSON.stringify({ count: 7 }));
    expect(new JsonFileStore(file, seed).load()).toEqual({ count: 7 });
  });

  it("lets two stores on one file (two processes) see each other's saves", () => {
    const file = tempFile();
    const first = new JsonFileStore(file, seed);
    const second = new JsonFileStore(file, seed);
    first.load().count = 1;
    first.save();
    expect(second.load()).toEqual({ count: 1 });
    second.replace({ count: 2 });
    expect(first.load()).toEqual({ count: 2 });
  });

  it("writes atomically: no temporary file is left behind", () => {
    const file = tempFile();
    new JsonFileStore(file, seed).replace({ count: 5 });
    expect(readdirSync(join(file, ".."))).toEqual(["state.json"]);
    expect(existsSync(file)).toBe(true);
  });
});
