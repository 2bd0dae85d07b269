import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Problem } from "./problems";
import type { Architecture } from "./schema";
import { validateArchitecture } from "./validate";

export type LoadResult =
  | { ok: true; file: string; architecture: Architecture }
  | { ok: false; file: string; problems: Problem[] };

/**
 * Why the module did not load, in one line. A syntax error (esbuild's "Transform failed with 1
 * error:" then `file:line:column: ERROR: text`) keeps its line and column.
 */
function loadFailure(error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const syntax = /:(\d+):(\d+): ERROR: (.+)$/m.exec(text);
  if (syntax) return { code: "syntax_error", path: [], message: `syntax error at line ${syntax[1]}, column ${syntax[2]}: ${syntax[3]}` };
  return { code: "load_failed", path: [], message: `could not load the module: ${text.split("\n")[0] ?? text}` };
}

function requireModule(file: string): unknown {
  if (/\.[cm]?tsx?$/.test(file)) {
    // tsx compiles TypeScript on the fly; required lazily so plain JS callers do not pay for it.
    const tsx = require("tsx/cjs/api") as { require: (id: string, from: string) => unknown };
    return tsx.require(file, __filename);
  }
  return require(file);
}

/** The module's architecture: its `default` or `architecture` export, or a CommonJS module that is one. */
function pickExport(mod: unknown): unknown {
  if (mod !== null && typeof mod === "object") {
    const record = mod as Record<string, unknown>;
    if ("default" in record) return record.default;
    if ("architecture" in record) return record.architecture;
    if (!("lifecycle" in record)) return undefined;
  }
  return mod;
}

function noExport(mod: unknown): Problem {
  const names = mod !== null && typeof mod === "object" ? Object.keys(mod) : [];
  const found = names.length > 0 ? `; the module exports ${names.map((n) => `\`${n}\``).join(", ")}` : "";
  return { code: "no_export", path: [], message: `expected a default export built with defineArchitecture${found}. Fix: \`export default defineArchitecture({ … })\`` };
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
    return { ok: false, file, problems: [loadFailure(error)] };
  }
  const exported = pickExport(mod);
  if (exported === undefined) return { ok: false, file, problems: [noExport(mod)] };
  const result = validateArchitecture(exported);
  return result.ok ? { ok: true, file, architecture: result.architecture } : { ok: false, file, problems: result.problems };
}
