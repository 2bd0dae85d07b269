import type { EngineEvent } from "@pulumi/pulumi/automation";
import type { ResourceSpec } from "../../../lifecycle/resources";
import { typeTokens } from "../../../providers/resource";

export { specNamed } from "../../support/specs";

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
