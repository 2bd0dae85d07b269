/**
 * Every HubSpot operation Bowtie has, run through a recording proxy in front of the sandbox: each
 * request and each response is checked against the contract (sandbox/hubspot/contract, written from
 * HubSpot's OpenAPI documents), strictly: no unlisted query parameter or field either way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubSpotResourceSpec } from "../../../specs";
import goldenSpecs from "../../unit/golden/default-hubspot.json";
import type { HandlerContext } from "../../../providers/core/kind";
import { currentSettings } from "../../../providers/core/settings";
import { readHubSpotSnapshot } from "../../../providers/hubspot/import";
import { definitionOf } from "../../../providers/kinds";
import { createKind, diffKind, previewCreate } from "../../../providers/operations";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../../sandbox/hubspot";
import { requestViolations, responseViolations, tryGetEndpoint } from "../../../sandbox/hubspot/contract";
import { startRecordingProxy, type RecordingProxy } from "../../../sandbox/hubspot/recording-proxy";
import { rejectionOf } from "./harness";

const specs = goldenSpecs as HubSpotResourceSpec[];

/** A change to each kind that makes `update` call every write endpoint the kind has. */
function changed(spec: HubSpotResourceSpec): HubSpotResourceSpec {
  switch (spec.kind) {
    case "hubspot:workflow":
      return { ...spec, enabled: !spec.enabled, description: "changed" };
    case "hubspot:property-options":
      return { ...spec, options: spec.options.map((o, i) => (i === 0 ? { ...o, label: `${o.label} (renamed)` } : o)), ...(spec.create ? { create: { ...spec.create, label: `${spec.create.label} (renamed)` } } : {}) };
    case "hubspot:pipeline": {
      const [first, ...rest] = spec.stages;
      const extra = { ...first!, key: "added_stage", label: "Added Stage", displayOrder: spec.stages.length };
      return { ...spec, label: `${spec.label} (renamed)`, stages: [{ ...first!, label: `${first!.label} (renamed)` }, ...rest.slice(0, -1), extra] };
    }
  }
}

describe("HubSpot API conformance", () => {
  let sandbox: HubSpotSandbox;
  let proxy: RecordingProxy;
  let ctx: HandlerContext;

  beforeAll(async () => {
    sandbox = await startHubSpotSandbox({ scenario: "messy" });
    proxy = await startRecordingProxy(sandbox.url);
    const settings = currentSettings({});
    settings.hubspot = { basePath: proxy.url, token: hubspotSandboxToken };
    ctx = { settings, emit: () => {} };
  });
  afterAll(async () => {
    await proxy?.close();
    await sandbox?.close();
  });

  it("sends and receives only what HubSpot's schemas allow, in every operation", async () => {
    const created: Array<{ spec: HubSpotResourceSpec; id: string; outs: any }> = [];
    for (const spec of specs) {
      const definition = definitionOf(spec.kind);
      await previewCreate(definition, spec, ctx);
      const { id, outs } = await createKind(definition, spec, ctx);
      const live = await definition.handler.read(id, outs, ctx);
      expect((await diffKind(definition, id, live!, spec, ctx)).changes, spec.name).toBe(false);
      created.push({ spec, id, outs });
    }
    for (const { spec, id, outs } of created) {
      const definition = definitionOf(spec.kind);
      const news = changed(spec);
      await diffKind(definition, id, outs, news, ctx);
      const updated = await definition.handler.update(id, outs, news, ctx);
      // Pipelines that hold deals are refused (the validate flags): that refusal is part of the contract too.
      const outcome = await definition.handler.delete(id, updated, ctx).then(() => "deleted", (error) => error.code);
      expect(["deleted", "HUBSPOT_VALUES_IN_USE"], spec.name).toContain(outcome);
    }
    await readHubSpotSnapshot(ctx);

    // A 207 (every input refused) and a stale revision answered twice: the error paths.
    sandbox.reset("messy");
    sandbox.injectFaults({ path: "/batch/update$", status: 207, message: "record is locked" });
    const lifecycle = specs.find((s) => s.name === "hs-options-contacts-lifecyclestage")!;
    expect((await rejectionOf(createKind(definitionOf(lifecycle.kind), lifecycle, ctx))).code).toBe("RECORDS_NOT_MOVED");
    sandbox.clearFaults();
    const workflow = specs.find((s) => s.kind === "hubspot:workflow")!;
    const { id: flowId, outs: flowOuts } = await createKind(definitionOf(workflow.kind), workflow, ctx);
    sandbox.injectFaults({ path: `/automation/v4/flows/${flowId}$`, method: "PUT", status: 409, times: 2, body: { status: "error", message: "stale", correlationId: "c-1", category: "CONFLICT", subCategory: "FlowError.REVISION_ID_MISMATCH" } });
    expect((await rejectionOf(definitionOf(workflow.kind).handler.update(flowId, flowOuts, changed(workflow), ctx))).code).toBe("HUBSPOT_REVISION_CONFLICT");

    const violations = proxy.exchanges.flatMap((e) => [...requestViolations({ ...e, body: e.requestBody }, true), ...responseViolations(e, e.status, e.responseBody)]);
    expect(violations).toEqual([]);
    const operations = new Set(proxy.exchanges.map((e) => tryGetEndpoint(e.method, e.path)?.operation));
    expect([...operations].sort()).toMatchInlineSnapshot(`
      [
        "DELETE /automation/v4/flows/:flowId",
        "DELETE /crm/v3/pipelines/:objectType/:pipelineId",
        "DELETE /crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId",
        "DELETE /crm/v3/properties/:objectType/:propertyName",
        "GET /automation/v4/flows",
        "GET /automation/v4/flows/:flowId",
        "GET /crm/v3/pipelines/:objectType",
        "GET /crm/v3/pipelines/:objectType/:pipelineId",
        "GET /crm/v3/properties/:objectType/:propertyName",
        "PATCH /crm/v3/pipelines/:objectType/:pipelineId",
        "PATCH /crm/v3/properties/:objectType/:propertyName",
        "POST /automation/v4/flows",
        "POST /crm/v3/objects/:objectType/batch/read",
        "POST /crm/v3/objects/:objectType/batch/update",
        "POST /crm/v3/objects/:objectType/search",
        "POST /crm/v3/pipelines/:objectType",
        "POST /crm/v3/pipelines/:objectType/:pipelineId/stages",
        "POST /crm/v3/properties/:objectType",
        "PUT /automation/v4/flows/:flowId",
        "PUT /crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId",
      ]
    `);
  }, 240_000);
});
