import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffSpec } from "../../../providers/core/diff";
import { createKind, previewCreate } from "../../../providers/operations";
import { flowKind } from "../../../providers/salesforce/flow";
import { flowHandler } from "../../../providers/salesforce/flow/handler";
import { flowSpec } from "./builders";
import { startHarness, type Harness } from "./harness";

const activationEvents = (h: Harness) => h.events.filter((e) => e.type === "activation-required");

describe("active flows in a production org", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  const versions = (name: string) => h.sandbox.state().flows[name] ?? [];

  it("deploy inactive unless the org allows deploying them active: the preview says what the admin must do, and it is not drift", async () => {
    h.sandbox.update((org) => void (org.isSandbox = false));
    const spec = flowSpec();
    await previewCreate(flowKind, spec, h.ctx);
    expect(activationEvents(h)).toEqual([{ type: "activation-required", resource: spec.name, flow: spec.flowName }]);

    await createKind(flowKind, spec, h.ctx);
    expect(versions(spec.flowName).map((v) => v.status)).toEqual(["Draft"]);
    const live = (await flowHandler.read(spec.flowName, spec, h.ctx))!;
    expect(diffSpec(flowKind.descriptor, live, spec).changes).toBe(false);
    await flowHandler.update(spec.flowName, live, spec, h.ctx);
    expect(versions(spec.flowName)).toHaveLength(1);
  });

  it("deploy active once the admin turns on Deploy processes and flows as active", async () => {
    h.sandbox.update((org) => void (org.isSandbox = false));
    const conn = await h.other();
    const [saved] = [await conn.metadata.update("FlowSettings" as never, { fullName: "Flow", enableFlowDeployAsActiveEnabled: true } as never)] as unknown as Array<{ success: boolean }>;
    expect(saved!.success).toBe(true);
    const spec = flowSpec();
    await createKind(flowKind, spec, h.ctx);
    expect(versions(spec.flowName).map((v) => v.status)).toEqual(["Active"]);
    expect(activationEvents(h)).toEqual([]);
  });

  it("a sandbox org deploys them active and says nothing", async () => {
    const spec = flowSpec();
    await previewCreate(flowKind, spec, h.ctx);
    await createKind(flowKind, spec, h.ctx);
    expect(versions(spec.flowName).map((v) => v.status)).toEqual(["Active"]);
    expect(activationEvents(h)).toEqual([]);
  });
});
