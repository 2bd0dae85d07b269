import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { lint } from "../../../lifecycle/lint";
import { loadArchitecture } from "../../../lifecycle/load";

const examples = ["acme.ts", "hubspot-portal-defaults.ts"];

describe("the example architectures (the README points at them)", () => {
  for (const name of examples) {
    it(`${name} loads, lints clean and compiles for both CRMs`, () => {
      const loaded = loadArchitecture(path.resolve(__dirname, "../../../examples", name));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      expect(lint(loaded.architecture)).toEqual([]);
      expect(compile(loaded.architecture, "salesforce").length).toBeGreaterThan(0);
      expect(compile(loaded.architecture, "hubspot").length).toBeGreaterThan(0);
    });
  }
});
