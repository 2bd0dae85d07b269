import { describe, expect, it } from "vitest";
import { workflowHandler as handler } from "../../../providers/hubspot/workflow/handler";
import { dealCreatedWorkflowSpec, useSandbox } from "./harness";
import { workflowKind } from "../../../providers/hubspot/workflow";
import { createKind, diffKind } from "../../../providers/operations";

describe("hubspot:workflow against the sandbox", () => {
  const h = useSandbox();

  it("creates a flow with a set-property action and reads back the spec", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    const flow = h.sandbox.state().flows.find((f) => f.id === id)!;
    expect(flow).toMatchObject({ type: "PLATFORM_FLOW", objectTypeId: "0-3", revisionId: "1", isEnabled: true });
    expect((flow.actions as any[]).map((a) => a.actionTypeId ?? a.type)).toEqual(["LIST_BRANCH", "0-5"]);
    expect((await diffKind(workflowKind, id, (await handler.read(id, outs, h.ctx))!, spec, h.ctx)).changes).toBe(false);
  });

  it("reports a workflow switched off in HubSpot as drift and switches it back on, bumping the revision", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    const current = await (await h.other.apiRequest({ path: `/automation/v4/flows/${id}` })).json();
    await h.other.apiRequest({ method: "PUT", path: `/automation/v4/flows/${id}`, body: { ...current, isEnabled: false } });
    const drifted = (await handler.read(id, outs, h.ctx))!;
    expect(await diffKind(workflowKind, id, drifted, spec, h.ctx)).toMatchObject({ changes: true, changed: ["enabled"] });
    const restored = await handler.update(id, drifted, spec, h.ctx);
    expect(restored.enabled).toBe(true);
    expect(h.sandbox.state().flows.find((f) => f.id === id)!.revisionId).toBe("3");
  });

  it("adopts a flow with the same name, and deletes it", async () => {
    const spec = dealCreatedWorkflowSpec({ label: "Legacy: mark contact Won", objectTypeId: "0-1", setProperty: { target: "enrolled", property: "lifecyclestage", value: "customer" } });
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    expect(id).toBe("58000001");
    expect(outs.setProperty.value).toBe("customer");
    await handler.delete(id, outs, h.ctx);
    expect(await handler.read(id, outs, h.ctx)).toBeUndefined();
  });

  it("replaces only when the enrolled object type changes", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    expect((await diffKind(workflowKind, id, outs, { ...spec, objectTypeId: "0-2" }, h.ctx)).replaces).toEqual(["objectTypeId"]);
    expect((await diffKind(workflowKind, id, outs, { ...spec, label: "Renamed" }, h.ctx)).replaces).toEqual([]);
  });
});
