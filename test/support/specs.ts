import { compile } from "../../lifecycle/compile";
import { defaultArchitecture } from "../../lifecycle/default-architecture";
import type { ResourceSpec } from "../../specs";

const specs = [...compile(defaultArchitecture, "salesforce"), ...compile(defaultArchitecture, "hubspot")];

/** A compiled spec of the default architecture, by resource name, with partial overrides (a copy). */
export function specNamed<S extends ResourceSpec = ResourceSpec>(name: string, overrides: Partial<S> = {}): S {
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no compiled spec named ${name}`);
  return structuredClone({ ...spec, ...overrides }) as S;
}
