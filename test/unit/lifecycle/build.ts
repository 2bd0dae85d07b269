/** Test builders: the default architecture with partial overrides, validated. */
import { defaultArchitectureInput } from "../../../lifecycle/default-architecture";
import type { Architecture, ArchitectureInput } from "../../../lifecycle/schema";
import { parseArchitecture } from "../../../lifecycle/validate";

/** A deep copy of the default architecture's input, to edit freely. */
export function defaultInput(): ArchitectureInput {
  return structuredClone(defaultArchitectureInput);
}

/** The default architecture after `edit`, validated (throws if the edit makes it invalid). */
export function architectureWith(edit: (input: ArchitectureInput) => void): Architecture {
  const input = defaultInput();
  edit(input);
  return parseArchitecture(input);
}
