import { describe, expect, it } from "vitest";
import { flowCreateBody } from "../../../providers/hubspot/workflow/flow-shape";
import { workflowHandler as handler } from "../../../providers/hubspot/workflow/handler";
import { dealCreatedWorkflowSpec, flowPutBody, rejectionOf, until, useSandbox } from "./harness";
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

  it("reads back without drift a flow whose only-from filter HubSpot keeps under an OR root", async () => {
    const spec = dealCreatedWorkflowSpec();
    const body = flowCreateBody(spec) as any;
    // Rooted in AND, as Bowtie used to write it: HubSpot stores it under an OR branch.
    for (const action of body.actions) if (action.type === "LIST_BRANCH") action.listBranches[0].filterBranch = action.listBranches[0].filterBranch.filterBranches[0];
    const created = await (await h.other.apiRequest({ method: "POST", path: "/automation/v4/flows", body })).json();
    const stored = h.sandbox.state().flows.find((f) => f.id === created.id)!;
    expect((stored.actions as any[]).find((a) => a.type === "LIST_BRANCH").listBranches[0].filterBranch.filterBranchType).toBe("OR");
    const live = (await handler.read(created.id, { ...spec, flowId: created.id }, h.ctx))!;
    expect(live.setProperty.onlyFrom).toEqual(spec.setProperty.onlyFrom);
    expect((await diffKind(workflowKind, created.id, live, spec, h.ctx)).changes).toBe(false);
  });

  it("reports a workflow switched off in HubSpot as drift and switches it back on, bumping the revision", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    const current = await (await h.other.apiRequest({ path: `/automation/v4/flows/${id}` })).json();
    await h.other.apiRequest({ method: "PUT", path: `/automation/v4/flows/${id}`, body: flowPutBody(current, { isEnabled: false }) });
    const drifted = (await handler.read(id, outs, h.ctx))!;
    expect(await diffKind(workflowKind, id, drifted, spec, h.ctx)).toMatchObject({ changes: true, changed: ["enabled"] });
    const restored = await handler.update(id, drifted, spec, h.ctx);
    expect(restored.enabled).toBe(true);
    expect(h.sandbox.state().flows.find((f) => f.id === id)!.revisionId).toBe("3");
  });

  it("on a stale revision (another user saved meanwhile) reads the flow again and retries once with the current one", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    h.sandbox.clearRequests();
    h.sandbox.injectFaults({ path: `^/automation/v4/flows/${id}$`, method: "PUT", latencyMs: 300, times: 1 });
    const updating = handler.update(id, outs, { ...spec, enabled: false }, h.ctx);
    await until(() => h.sandbox.requests().some((r) => r.method === "PUT"));
    const current = await (await h.other.apiRequest({ path: `/automation/v4/flows/${id}` })).json();
    await h.other.apiRequest({ method: "PUT", path: `/automation/v4/flows/${id}`, body: flowPutBody(current, { description: "edited meanwhile" }) });
    const updated = await updating;
    expect(updated.enabled).toBe(false);
    // In order of arrival: Bowtie's PUT (held, then stale), the other user's, Bowtie's retry.
    expect(h.sandbox.requests().filter((r) => r.method === "PUT").map((r) => r.status)).toEqual([409, 200, 200]);
    expect(h.sandbox.state().flows.find((f) => f.id === id)!.revisionId).toBe("3");
  });

  it("stops with an error naming the workflow when the revision is stale again after re-reading it", async () => {
    const spec = dealCreatedWorkflowSpec();
    const { id, outs } = await createKind(workflowKind, spec, h.ctx);
    const conflict = { status: "error", message: "Revision mismatch", correlationId: "c-1", category: "CONFLICT", subCategory: "FlowError.REVISION_ID_MISMATCH" };
    h.sandbox.clearRequests();
    h.sandbox.injectFaults({ path: `^/automation/v4/flows/${id}$`, method: "PUT", status: 409, body: conflict, times: 2 });
    const error = await rejectionOf(handler.update(id, outs, { ...spec, enabled: false }, h.ctx));
    expect(error.code).toBe("HUBSPOT_REVISION_CONFLICT");
    expect(error.message).toContain(`Workflow "${spec.label}" (flow ${id}) kept changing in HubSpot while Bowtie updated it: revision 1`);
    expect(error.message).toContain('The CRM said: "Revision mismatch (HTTP 409 CONFLICT, correlationId c-1)"');
    expect(h.sandbox.requests().filter((r) => r.method === "PUT")).toHaveLength(2);
    expect(h.events.filter((e) => e.type === "retried")).toEqual([]);
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
