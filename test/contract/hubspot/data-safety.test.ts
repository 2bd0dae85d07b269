/**
 * Data safety where HubSpot does not refuse: option removals are never refused and stage deletes
 * only with `validateReferencesBeforeDelete`, so Bowtie's own recount and the flag it sends are what
 * keeps records from being stranded. Also 207 batch replies and search index lag.
 */
import { describe, expect, it } from "vitest";
import { pipelineKind } from "../../../providers/hubspot/pipeline";
import { propertyOptionsKind } from "../../../providers/hubspot/property-options";
import { createKind } from "../../../providers/operations";
import { legacyRenewalsPipelineId, recordCounts } from "../../../sandbox/hubspot";
import { lifecycleReplacements, lifecycleSpec, rejectionOf, renewalPipelineSpec, renewalReplacements, until, useSandbox } from "./harness";

const lifecycleValues = (h: ReturnType<typeof useSandbox>) => h.sandbox.state().properties.contacts.find((p) => p.name === "lifecyclestage")!.options.map((o) => o.value);
const stageIds = (h: ReturnType<typeof useSandbox>) => h.sandbox.state().pipelines.deals.find((p) => p.id === legacyRenewalsPipelineId)!.stages.map((s) => s.id);

describe("HubSpot data safety without HubSpot's refusals", () => {
  const h = useSandbox();

  it("the sandbox, like HubSpot v3, deletes a stage deals are in unless validateReferencesBeforeDelete is set, and removes options in use", async () => {
    const refused = await rejectionOf(h.other.apiRequest({ method: "DELETE", path: `/crm/v3/pipelines/deals/${legacyRenewalsPipelineId}/stages/renewal_90_days`, qs: { validateReferencesBeforeDelete: true } }).then(async (r) => {
      if (!r.ok) throw Object.assign(new Error(await r.text()), { status: r.status });
    }));
    expect(refused).toMatchObject({ status: 400 });
    expect(refused.message).toContain("PipelineError.STAGE_IN_USE");
    await h.other.crm.pipelines.pipelineStagesApi.archive("deals", legacyRenewalsPipelineId, "renewal_90_days");
    expect(stageIds(h)).not.toContain("renewal_90_days");
    expect(recordCounts(h.sandbox.state(), "deals", "dealstage").renewal_90_days).toBe(2);

    const current = await h.other.crm.properties.coreApi.getByName("contacts", "lifecyclestage");
    await h.other.crm.properties.coreApi.update("contacts", "lifecyclestage", { options: current.options.filter((o) => o.value !== "won") });
    expect(lifecycleValues(h)).not.toContain("won");
    expect(recordCounts(h.sandbox.state(), "contacts", "lifecyclestage").won).toBe(6);
  });

  it("asks HubSpot to refuse a stage delete when a deal reached the stage where search cannot see it yet, so none is stranded", async () => {
    h.sandbox.update((portal) => (portal.searchLagMs = 60_000));
    // Another user puts a deal on a retiring stage: the search index will not show it for a minute.
    await h.other.crm.objects.basicApi.update("deals", "302", { properties: { pipeline: legacyRenewalsPipelineId, dealstage: "renewal_closed_lost" } });
    const spec = renewalPipelineSpec({ replacements: renewalReplacements, stages: renewalPipelineSpec().stages.filter((s) => s.key !== "churned") });
    const error = await rejectionOf(createKind(pipelineKind, spec, h.ctx));
    expect(error.code).toBe("HUBSPOT_VALUES_IN_USE");
    expect(stageIds(h)).toContain("renewal_closed_lost");
    const deal = h.sandbox.state().records.deals.find((d) => d.id === "302")!;
    expect(stageIds(h)).toContain(deal.properties.dealstage);
    const deleteCalls = h.sandbox.requests().filter((r) => r.method === "DELETE" && r.path.includes("/stages/"));
    expect(deleteCalls.at(-1)).toMatchObject({ path: `/crm/v3/pipelines/deals/${legacyRenewalsPipelineId}/stages/renewal_closed_lost`, status: 400 });
  });

  it("reports records a 207 batch reply refused with HubSpot's reason, counts them as not moved, and keeps the value", async () => {
    h.sandbox.injectFaults({ path: "/crm/v3/objects/contacts/batch/update$", status: 207, message: "This record is being merged", times: 1 });
    const error = await rejectionOf(createKind(propertyOptionsKind, lifecycleSpec({ replacements: lifecycleReplacements }), h.ctx));
    expect(error.code).toBe("RECORDS_NOT_MOVED");
    expect(error.message).toContain('"won" (6 contacts)');
    expect(error.message).toContain('6 records on "won": the CRM said "This record is being merged (VALIDATION_ERROR)"');
    expect(h.events).toContainEqual({ type: "not-moved", resource: "hubspot-contacts-lifecyclestage", records: "contacts", field: "lifecyclestage", from: "won", to: "customer", count: 6, reason: "This record is being merged (VALIDATION_ERROR)" });
    expect(h.events.filter((e) => e.type === "moved" && e.from === "won")).toEqual([]);
    expect(lifecycleValues(h)).toContain("won");
    expect(recordCounts(h.sandbox.state(), "contacts", "lifecyclestage").won).toBe(6);
  });

  it("counts only what HubSpot confirms when part of a batch fails (a record deleted after the search found it)", async () => {
    h.sandbox.clearRequests();
    h.sandbox.injectFaults({ path: "/crm/v3/objects/contacts/batch/update$", method: "POST", latencyMs: 300, times: 1 });
    const applying = createKind(propertyOptionsKind, lifecycleSpec({ replacements: lifecycleReplacements }), h.ctx);
    await until(() => h.sandbox.requests().some((r) => r.path.endsWith("/batch/update")));
    h.sandbox.update((portal) => (portal.records.contacts.find((c) => c.id === "103")!.archived = true));
    await applying;
    const won = h.events.find((e) => e.type === "moved" && e.from === "won");
    expect(won).toMatchObject({ count: 5 });
    expect(h.events).toContainEqual(expect.objectContaining({ type: "not-moved", from: "won", count: 1, reason: expect.stringContaining("OBJECT_NOT_FOUND") }));
    expect(lifecycleValues(h)).not.toContain("won");
  });

  it("moves exactly the records on a value while search still shows them on it (index lag)", async () => {
    h.sandbox.update((portal) => (portal.searchLagMs = 60_000));
    const spec = lifecycleSpec({ replacements: lifecycleReplacements });
    const { outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    expect(outs.options.map((o) => o.value)).toEqual(spec.options.map((o) => o.value));
    expect(h.events.filter((e) => e.type === "moved").map((e) => [e.type === "moved" && e.from, e.type === "moved" && e.count])).toEqual([["won", 6], ["lost", 3], ["trending_up", 3]]);
    const counts = recordCounts(h.sandbox.state(), "contacts", "lifecyclestage");
    for (const retired of ["won", "lost", "trending_up"]) expect(counts[retired] ?? 0).toBe(0);
  });
});
