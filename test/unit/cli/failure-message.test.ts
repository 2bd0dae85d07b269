import { describe, expect, it } from "vitest";
import { failureMessage } from "../../../cli/commands/stack-command";

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

  it("shows five errors and counts the rest", () => {
    const text = Array.from({ length: 25 }, (_, i) => `error: hs-resource-${i}: cannot reach HubSpot at http://127.0.0.1:1`).join("\n");
    const message = failureMessage(new Error(text)).split("\n");
    expect(message).toHaveLength(6);
    expect(message[5]).toBe("…and 20 more errors like these.");
  });
});
