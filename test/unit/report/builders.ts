import type { EngineEvent } from "@pulumi/pulumi/automation";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { ResourceSpec } from "../../../lifecycle/resources";
import { typeTokens } from "../../../providers/resource";

const specs = [...compile(defaultArchitecture, "salesforce"), ...compile(defaultArchitecture, "hubspot")];

/** A compiled spec of the default architecture, by resource name, with partial overrides. */
export function specNamed<S extends ResourceSpec = ResourceSpec>(name: string, overrides: Partial<S> = {}): S {
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no compiled spec named ${name}`);
  return structuredClone({ ...spec, ...overrides }) as S;
}

/** A resource pre-event as the engine sends it for a dynamic resource. */
export function stepEvent(op: string, spec: ResourceSpec, live?: object): EngineEvent {
  const token = typeTokens[spec.kind];
  const type = `pulumi-nodejs:dynamic/${token.module}:${token.type}`;
  const withProvider = (props: object) => ({ ...props, __provider: "exports.handler = …" });
  return {
    sequence: 0,
    timestamp: 0,
    resourcePreEvent: {
      metadata: {
        op: op as never,
        urn: `urn:pulumi:dev::bowtie::${type}::${spec.name}`,
        type,
        provider: "",
        old: live ? ({ type, urn: "", custom: true, delete: false, id: "x", parent: "", protect: false, inputs: withProvider(spec), outputs: withProvider(live), provider: "" } as never) : undefined,
        new: op === "delete" ? undefined : ({ type, urn: "", custom: true, delete: false, id: "", parent: "", protect: false, inputs: withProvider(spec), outputs: {}, provider: "" } as never),
      },
    },
  };
}

export function diagnostic(message: string): EngineEvent {
  return { sequence: 0, timestamp: 0, diagnosticEvent: { message, color: "never", severity: "info" } as never };
}
