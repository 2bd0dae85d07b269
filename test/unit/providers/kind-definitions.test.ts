import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResourceSpec } from "../../../specs";
import { typeTokenString } from "../../../providers/core/kind";
import { diffSpec } from "../../../providers/core/diff";
import { definitionOf, kinds } from "../../../providers/kinds";
import { checkKind } from "../../../providers/operations";

const golden = (crm: string) => JSON.parse(readFileSync(join(__dirname, `../golden/default-${crm}.json`), "utf8")) as ResourceSpec[];

describe("the kind registry", () => {
  it("files each definition under its own kind, with a distinct type token", () => {
    for (const [kind, definition] of Object.entries(kinds)) {
      expect(definition.kind).toBe(kind);
      expect(kind.startsWith(`${definition.token.module}:`)).toBe(true);
    }
    const tokens = Object.values(kinds).flatMap((d) => [d.token, ...(d.token.aliases ?? [])].map(typeTokenString));
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe.each(["salesforce", "hubspot"])("%s specs of the default architecture", (crm) => {
  it.each(golden(crm).map((spec) => [spec.name, spec] as const))("%s passes check, diffs empty against itself, normalises idempotently", (_name, spec) => {
    const definition = definitionOf(spec.kind);
    expect(checkKind(definition, spec)).toEqual([]);
    expect(diffSpec(definition.descriptor, spec, spec)).toEqual({ changes: false, changed: [], replaces: [] });
    const once = definition.descriptor.normalize(spec);
    expect(definition.descriptor.normalize(once)).toEqual(once);
    expect(definition.report.title(spec)).not.toBe("");
  });
});
