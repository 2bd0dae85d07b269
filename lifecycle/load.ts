import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Problem } from "./problems";
import type { Architecture } from "./schema";
import { validateArchitecture } from "./validate";

export type LoadResult =
  | { ok: true; file: string; architecture: Architecture }
  | { ok: false; file: string; problems: Problem[] };

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

function requireModule(file: string): unknown {
  if (/\.[cm]?tsx?$/.test(file)) {
    // tsx compiles TypeScript on the fly; required lazily so plain JS callers do not pay for it.
    const tsx = require("tsx/cjs/api") as { require: (id: string, from: string) => unknown };
    return tsx.require(file, __filename);
  }
  return require(file);
}

function pickExport(mod: unknown): unknown {
  if (mod !== null && typeof mod === "object") {
    const record = mod as Record<string, unknown>;
    if ("default" in record) return record.default;
    if ("architecture" in record) return record.architecture;
  }
  return mod;
}

/**
 * Loads an architecture module (.ts or .js; its `default` or `architecture` export) and validates
 * it. Never throws for malformed input: a missing file, a module that fails to load and an
 * invalid architecture all come back as problems, to be rendered with the file name.
 */
export function loadArchitecture(file: string): LoadResult {
  const path = resolve(file);
  if (!existsSync(path)) return { ok: false, file, problems: [{ code: "file_not_found", path: [], message: "file not found" }] };
  let mod: unknown;
  try {
    mod = requireModule(path);
  } catch (error) {
    return { ok: false, file, problems: [{ code: "load_failed", path: [], message: `could not load the module: ${firstLine(error)}` }] };
  }
  const exported = pickExport(mod);
  if (exported === undefined)
    return { ok: false, file, problems: [{ code: "no_export", path: [], message: "expected a default export (or an `architecture` export) built with defineArchitecture" }] };
  const result = validateArchitecture(exported);
  return result.ok ? { ok: true, file, architecture: result.architecture } : { ok: false, file, problems: result.problems };
}
