import type { EngineEvent } from "@pulumi/pulumi/automation";
import { describe, expect, it } from "vitest";
import { failureMessage } from "../../../cli/commands/stack-command";
import { OperationFailed } from "../../../cli/pulumi/stack";
import { BowtieProviderError, errorForEngine } from "../../../providers/core/errors";

const unreachable = (resource: string) =>
  new BowtieProviderError({ resource, code: "HUBSPOT_UNREACHABLE", message: "Could not reach HubSpot at http://127.0.0.1:1", fix: "Check bowtie:hubspotBasePath.", transient: true });

/** An error diagnostic as the engine reports a failed provider call: its prefix, then what the provider threw. */
function failed(resource: string | undefined, message: string): EngineEvent {
  const urn = resource && `urn:pulumi:dev::bowtie::pulumi-nodejs:dynamic/hubspot:PropertyOptions::${resource}`;
  return { sequence: 0, timestamp: 0, diagnosticEvent: { urn, prefix: "error: ", message: `${message}\n`, color: "never", severity: "error" } };
}

const thrown = (error: unknown) => errorForEngine(error, []).message;

describe("failureMessage", () => {
  it("keeps the distinct engine errors, without echo or stack frames", () => {
    const text = [
      "command: pulumi preview --refresh",
      "  +  pulumi:pulumi:Stack bowtie-dev create error: arch.ts: pipelines.renewal.stages[2].probability: expected a probability between 0 and 1",
      "error: arch.ts: pipelines.renewal.stages[2].probability: expected a probability between 0 and 1",
      "    at Object.<anonymous> (/x/y.js:1:1)",
    ].join("\n");
    expect(failureMessage(new Error(text))).toBe("error: arch.ts: pipelines.renewal.stages[2].probability: expected a probability between 0 and 1");
  });

  it("words provider errors from the data they sent, shows five and counts the rest", () => {
    const events = [...Array.from({ length: 25 }, (_, i) => failed(`hs-resource-${i}`, `Preview failed: ${thrown(unreachable(`hs-resource-${i}`))}`)), failed(undefined, "preview failed")];
    const message = failureMessage(new OperationFailed(new Error("exit code 255"), events)).split("\n");
    expect(message).toHaveLength(6);
    expect(message[0]).toBe(`error: ${unreachable("hs-resource-0").message}`);
    expect(message[5]).toBe("…and 20 more errors like these.");
  });

  it("shows an error that is not a provider's by its first line, next to the providers' ones", () => {
    const events = [failed("hs-a", `Preview failed: ${thrown(unreachable("hs-a"))}`), failed("hs-b", `Preview failed: ${thrown(new TypeError("x is undefined"))}\n    at f (a.ts:1:1)`), failed(undefined, "preview failed")];
    expect(failureMessage(new OperationFailed(new Error("exit code 255"), events))).toBe(`error: ${unreachable("hs-a").message}\nerror: Preview failed: x is undefined`);
  });

  it("decodes provider errors from a command's output when there are no events", () => {
    const sent = thrown(unreachable("hs-a"));
    const output = [`    pulumi-nodejs:dynamic/hubspot:PropertyOptions hs-a  error: Preview failed: ${sent}`, `    BowtieProviderError: ${sent}`, "        at read (runtime.ts:1:1)", "error: preview failed"].join("\n");
    expect(failureMessage(new Error(output))).toBe(`error: ${unreachable("hs-a").message}`);
  });
});
