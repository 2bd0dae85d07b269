import type { EngineEvent } from "@pulumi/pulumi/automation";
import { describe, expect, it } from "vitest";
import { completedResources, progressReporter } from "../../../cli/report/progress";

const urn = (name: string, type = "pulumi-nodejs:dynamic/salesforce:ValueSet") => `urn:pulumi:dev::bowtie::${type}::${name}`;
const metadata = (op: string, name: string, type?: string) => ({ op, urn: urn(name, type), type: type ?? "pulumi-nodejs:dynamic/salesforce:ValueSet", provider: "" });
const pre = (op: string, name: string, type?: string) => ({ sequence: 0, timestamp: 0, resourcePreEvent: { metadata: metadata(op, name, type) } }) as unknown as EngineEvent;
const outputs = (op: string, name: string, type?: string) => ({ sequence: 0, timestamp: 0, resOutputsEvent: { metadata: metadata(op, name, type) } }) as unknown as EngineEvent;
const failed = (op: string, name: string, type?: string) => ({ sequence: 0, timestamp: 0, resOpFailedEvent: { metadata: metadata(op, name, type), status: 0, steps: 0 } }) as unknown as EngineEvent;

describe("progressReporter", () => {
  it("writes a line per CRM resource as its step ends, with how long it took; the stack itself is left out", () => {
    const lines: string[] = [];
    let clock = 0;
    const report = progressReporter("apply", (line) => lines.push(line), () => clock);
    report(pre("update", "sf-value-set-lead-status"));
    report(pre("create", "hs-pipeline-deals-renewal", "pulumi-nodejs:dynamic/hubspot:Pipeline"));
    report(pre("create", "bowtie-dev", "pulumi:pulumi:Stack"));
    clock = 1500;
    report(outputs("update", "sf-value-set-lead-status"));
    clock = 4200;
    report(failed("create", "hs-pipeline-deals-renewal", "pulumi-nodejs:dynamic/hubspot:Pipeline"));
    report(outputs("create", "bowtie-dev", "pulumi:pulumi:Stack"));
    expect(lines).toEqual(["  sf-value-set-lead-status: updated (1.5 s)", "  hs-pipeline-deals-renewal: failed (4.2 s)"]);
  });
});

describe("completedResources", () => {
  it("names the resources whose write completed, not those only read or unchanged", () => {
    const events = [outputs("update", "a"), outputs("refresh", "b"), outputs("same", "c"), outputs("create", "d"), failed("update", "e")];
    expect([...completedResources(events)]).toEqual(["a", "d"]);
  });
});
