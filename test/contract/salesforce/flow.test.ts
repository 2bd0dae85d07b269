import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffSpec } from "../../../providers/core/diff";
import { flowHandler } from "../../../providers/salesforce/flow/handler";
import { flowSpec } from "./builders";
import { startHarness, type Harness } from "./harness";
import { flowKind } from "../../../providers/salesforce/flow";
import { createKind, diffKind } from "../../../providers/operations";

describe("salesforce:flow against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  const versions = (name: string) => h.sandbox.state().flows[name]?.map((v) => [v.versionNumber, v.status]);

  it("creates an active flow and reads it back without drift", async () => {
    const spec = flowSpec();
    const { id, outs } = await createKind(flowKind, spec, h.ctx);
    expect(versions(id)).toEqual([[1, "Active"]]);
    const live = (await flowHandler.read(id, outs, h.ctx))!;
    expect(diffSpec(flowKind.descriptor, live, spec).changes).toBe(false);
  });

  it("each update deploys a new version; active false leaves none active", async () => {
    const spec = flowSpec();
    await createKind(flowKind, spec, h.ctx);
    const changed = flowSpec({ update: { ...spec.update, value: "Onboarding" } });
    expect((await diffKind(flowKind, spec.flowName, spec, changed, h.ctx)).changed).toEqual(["update"]);
    await flowHandler.update(spec.flowName, spec, changed, h.ctx);
    expect(versions(spec.flowName)).toEqual([[1, "Obsolete"], [2, "Active"]]);
    const inactive = { ...changed, active: false };
    await flowHandler.update(spec.flowName, changed, inactive, h.ctx);
    expect(versions(spec.flowName)).toEqual([[1, "Obsolete"], [2, "Obsolete"], [3, "Draft"]]);
    const live = (await flowHandler.read(spec.flowName, inactive, h.ctx))!;
    expect(diffSpec(flowKind.descriptor, live, inactive).changes).toBe(false);
  });

  it("prunes inactive versions beyond the newest five, keeping the active one", async () => {
    const spec = flowSpec();
    await createKind(flowKind, spec, h.ctx);
    for (let i = 1; i <= 8; i++) {
      await flowHandler.update(spec.flowName, spec, flowSpec({ update: { ...spec.update, value: i % 2 ? "Onboarding" : spec.update.value } }), h.ctx);
    }
    expect(versions(spec.flowName)).toEqual([[4, "Obsolete"], [5, "Obsolete"], [6, "Obsolete"], [7, "Obsolete"], [8, "Obsolete"], [9, "Active"]]);
  });

  it("reports a flow deactivated by another client as drift", async () => {
    const spec = flowSpec();
    await createKind(flowKind, spec, h.ctx);
    const conn = await h.other();
    await conn.metadata.update("FlowDefinition", { fullName: spec.flowName, activeVersionNumber: 0 } as never);
    const live = (await flowHandler.read(spec.flowName, spec, h.ctx))!;
    expect(diffSpec(flowKind.descriptor, live, spec).changed).toEqual(["active"]);
  });

  it("delete deactivates, then deletes the inactive versions", async () => {
    const spec = flowSpec();
    await createKind(flowKind, spec, h.ctx);
    const conn = await h.other();
    await expect(conn.metadata.delete("Flow", spec.flowName)).resolves.toMatchObject({ success: false, errors: [{ statusCode: "DELETE_FAILED" }] });
    await flowHandler.delete(spec.flowName, spec, h.ctx);
    expect(versions(spec.flowName)).toBeUndefined();
    expect(await flowHandler.read(spec.flowName, spec, h.ctx)).toBeUndefined();
  });

  it("a flow updating the triggering record round-trips as $Record", async () => {
    const spec = flowSpec({ flowName: "Self_Update", object: "Lead", conditions: [], update: { target: "$Record", field: "Lifecycle_Stage__c", value: "SQL" } });
    await createKind(flowKind, spec, h.ctx);
    const live = (await flowHandler.read(spec.flowName, spec, h.ctx))!;
    expect(live.update).toEqual({ target: "$Record", field: "Lifecycle_Stage__c", value: "SQL" });
  });
});
