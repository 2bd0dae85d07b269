import { resolve } from "node:path";
import { loadArchitecture, type LoadResult } from "../../lifecycle/load";
import { defaultArchitecture } from "../../lifecycle/default-architecture";

/** The default architecture's module path, shown when no file is given. */
export const DEFAULT_ARCHITECTURE_FILE = resolve(__dirname, "../../lifecycle/default-architecture.ts");

/** Loads `file`, or returns the built-in default architecture when no file is given. */
export function loadArchitectureArg(file: string | undefined): LoadResult {
  if (file === undefined) return { ok: true, file: "default architecture", architecture: defaultArchitecture };
  return loadArchitecture(file);
}
