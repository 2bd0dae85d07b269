import * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../specs";
import { dynamicProviderFor } from "./dynamic-provider";
import { typeTokenString } from "./core/kind";
import { definitionOf } from "./kinds";

/** One CRM object declared from a compiled spec; its Pulumi name is the spec's stable `name`. */
export class CrmResource extends pulumi.dynamic.Resource {
  constructor(spec: ResourceSpec, opts: pulumi.CustomResourceOptions = {}) {
    const { module, type, aliases = [] } = definitionOf(spec.kind).token;
    const withAliases = aliases.length === 0 ? opts : { ...opts, aliases: [...(opts.aliases ?? []), ...aliases.map((a) => ({ type: typeTokenString(a) }))] };
    super(dynamicProviderFor(spec.kind), spec.name, { ...spec }, withAliases, module, type);
  }
}
