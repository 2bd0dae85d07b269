import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { Target } from "../../../specs";

/** Set BOWTIE_UPDATE_GOLDEN=1 to rewrite the golden files after reviewing the change. */
const update = process.env.BOWTIE_UPDATE_GOLDEN === "1";

describe.each<Target>(["salesforce", "hubspot"])("compile(default architecture, %s)", (target) => {
  it("matches the reviewed golden file", () => {
    const file = resolve(__dirname, `default-${target}.json`);
    const actual = `${JSON.stringify(compile(defaultArchitecture, target), null, 2)}\n`;
    if (update) writeFileSync(file, actual);
    if (!existsSync(file)) throw new Error(`missing ${file}: run with BOWTIE_UPDATE_GOLDEN=1 and review it`);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});
