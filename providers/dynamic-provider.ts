import type * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../specs";

/**
 * The serialized half of a Bowtie dynamic resource. Pulumi stores this object's code in state for
 * every resource, so it captures nothing but `kind`: the CRM clients, the handlers and the
 * credentials are loaded at run time by `providers/runtime.ts` in the provider process.
 *
 * The runtime is found from the provider process's working directory (the Pulumi project root,
 * or a workspace inside the repository) upwards, never through a path baked into state, so state
 * written on one checkout works from another (a CI runner, a colleague's clone).
 */
export function dynamicProviderFor(kind: ResourceSpec["kind"]): pulumi.dynamic.ResourceProvider {
  const runtime = (): typeof import("./runtime") => {
    const path = require("node:path");
    const fs = require("node:fs");
    for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, "providers", "runtime.ts");
      if (fs.existsSync(candidate)) {
        require("tsx/cjs");
        return require(candidate);
      }
      if (path.dirname(dir) === dir) throw new Error(`Bowtie: providers/runtime.ts not found above ${process.cwd()}`);
    }
  };
  return {
    configure: async (req) => runtime().configure((key) => req.config.get(key)),
    check: (olds, news) => runtime().check(kind, olds, news),
    diff: (id, olds, news) => runtime().diff(kind, id, olds, news),
    create: (news) => runtime().create(kind, news),
    read: (id, props) => runtime().read(kind, id, props),
    update: (id, olds, news) => runtime().update(kind, id, olds, news),
    delete: (id, props) => runtime().remove(kind, id, props),
  };
}
