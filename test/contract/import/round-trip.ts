/** The round trip both CRMs share: import through the real clients, write, load, compile, compare. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { readAdopted } from "../../../cli/import/adopt";
import { compile } from "../../../lifecycle/compile";
import { importHubSpot, importSalesforce, renderModule } from "../../../lifecycle/import";
import type { ImportResult } from "../../../lifecycle/import/snapshot";
import { loadArchitecture } from "../../../lifecycle/load";
import type { ResourceSpec, Target } from "../../../specs";
import type { Architecture } from "../../../lifecycle/schema";
import type { HandlerContext } from "../../../providers/core/kind";
import { readHubSpotSnapshot } from "../../../providers/hubspot/import";
import { definitionOf } from "../../../providers/kinds";
import { checkKind, diffKind } from "../../../providers/operations";
import { readSalesforceSnapshot } from "../../../providers/salesforce/import";

export interface Imported {
  result: ImportResult;
  file: string;
  /** The written module, loaded back with `loadArchitecture`. */
  architecture: Architecture;
  specs: ResourceSpec[];
}

/** Reads the live CRM, writes the module to a temp file, loads it and compiles it for that CRM. */
export async function importToFile(crm: Target, ctx: HandlerContext): Promise<Imported> {
  const meta = { date: "2025-01-01" };
  const result = crm === "salesforce" ? importSalesforce(await readSalesforceSnapshot(ctx), meta) : importHubSpot(await readHubSpotSnapshot(ctx), meta);
  const file = join(mkdtempSync(join(tmpdir(), "bowtie-import-")), `${crm}.ts`);
  writeFileSync(file, renderModule(result, { defineModule: resolve(__dirname, "../../../lifecycle/define") }));
  const loaded = loadArchitecture(file);
  if (!loaded.ok) throw new Error(`the imported module does not load: ${JSON.stringify(loaded.problems)}`);
  return { result, file, architecture: loaded.architecture, specs: compile(loaded.architecture, crm) };
}

/**
 * For each spec, what `pulumi preview --refresh` would show after adopting the live object:
 * the kind's diff of `locate(spec)` against the spec. Also checks each spec passes the kind's check.
 */
export async function previewAfterAdoption(specs: readonly ResourceSpec[], ctx: HandlerContext): Promise<Record<string, string[] | "missing">> {
  const out: Record<string, string[] | "missing"> = {};
  for (const spec of specs) {
    const definition = definitionOf(spec.kind);
    expect(checkKind(definition, spec), spec.name).toEqual([]);
    const adopted = await readAdopted(spec, ctx);
    if (!adopted) {
      out[spec.name] = "missing";
      continue;
    }
    const diff = await diffKind(definition, adopted.id, adopted.state as ResourceSpec, spec, ctx);
    out[spec.name] = diff.changes ? diff.changed : [];
  }
  return out;
}

/** Every resource unchanged: `{ name: [] }` for each spec. */
export const noChanges = (specs: readonly ResourceSpec[]) => Object.fromEntries(specs.map((s) => [s.name, []]));
