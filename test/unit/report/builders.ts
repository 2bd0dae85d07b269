import type { EngineEvent } from "@pulumi/pulumi/automation";
import { encodeEvent, type ProviderEvent } from "../../../providers/core/events";
import type { ResourceSpec } from "../../../specs";
import { typeTokenString } from "../../../providers/core/kind";
import { definitionOf } from "../../../providers/kinds";

export { specNamed } from "../../support/specs";

/** A resource pre-event as the engine sends it for a dynamic resource. */
export function stepEvent(op: string, spec: ResourceSpec, live?: object): EngineEvent {
  const type = typeTokenString(definitionOf(spec.kind).token);
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

/**
 * The diagnostics a provider process's stderr becomes: one engine event per line, with no resource
 * (the engine does not know which resource a provider line is about).
 */
export function emitted(...events: ProviderEvent[]): EngineEvent[] {
  return events
    .flatMap((event) => encodeEvent(event).split("\n"))
    .map((line) => ({ sequence: 0, timestamp: 0, diagnosticEvent: { message: `${line}\n\n`, color: "never", severity: "info#err" } as never }));
}
