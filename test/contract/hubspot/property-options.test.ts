import { describe, expect, it } from "vitest";
import { propertyOptionsHandler as handler } from "../../../providers/hubspot/property-options/handler";
import { recordCounts } from "../../../sandbox/hubspot";
import { dropOffReasonSpec, lifecycleReplacements, lifecycleSpec, rejectionOf, useSandbox } from "./harness";
import { propertyOptionsKind } from "../../../providers/hubspot/property-options";
import { createKind, diffKind } from "../../../providers/operations";

describe("hubspot:property-options against the sandbox", () => {
  const h = useSandbox();

  it("refuses to retire lifecycle options records use, naming the counts and the fix", async () => {
    const error = await rejectionOf(createKind(propertyOptionsKind, lifecycleSpec(), h.ctx));
    expect(error.code).toBe("VALUES_IN_USE");
    expect(error.field).toBe("options");
    expect(error.message).toContain('"won" (6 contacts), "lost" (3 contacts), "trending_up" (3 contacts)');
    expect(error.message).toContain('Fix: add retire("won", "<key>", "hubspot")');
    expect(recordCounts(h.sandbox.state(), "contacts", "lifecyclestage").won).toBe(6);
  });

  it("adopts lifecyclestage, moves records off retired values, then removes them", async () => {
    const spec = lifecycleSpec({ replacements: lifecycleReplacements });
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    expect(id).toBe("contacts/lifecyclestage");
    expect(outs.hubspotDefined).toBe(true);
    expect(outs.options.map((o) => o.value)).toEqual(spec.options.map((o) => o.value));
    const counts = recordCounts(h.sandbox.state(), "contacts", "lifecyclestage");
    expect(counts.won ?? 0).toBe(0);
    expect(counts.lost ?? 0).toBe(0);
    expect(counts.trending_up ?? 0).toBe(0);
    expect(counts.customer).toBe(3 + 6);
    expect(h.events).toContainEqual({ type: "moved", resource: spec.name, records: "contacts", field: "lifecyclestage", from: "won", to: "customer", count: 6 });
  });

  it("reads back exactly the spec, and reports a rogue option as drift that update removes", async () => {
    const spec = lifecycleSpec({ replacements: lifecycleReplacements });
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    const live = await handler.read(id, outs, h.ctx);
    expect((await diffKind(propertyOptionsKind, id, live!, spec, h.ctx)).changes).toBe(false);

    const current = await h.other.crm.properties.coreApi.getByName("contacts", "lifecyclestage");
    await h.other.crm.properties.coreApi.update("contacts", "lifecyclestage", {
      options: [...current.options, { value: "hot_lead", label: "Hot Lead", displayOrder: 99, hidden: false }],
    });
    const drifted = await handler.read(id, outs, h.ctx);
    const diff = await diffKind(propertyOptionsKind, id, drifted!, spec, h.ctx);
    expect(diff).toMatchObject({ changes: true, replaces: [], changed: ["options"] });

    const restored = await handler.update(id, drifted!, spec, h.ctx);
    expect(restored.options.map((o) => o.value)).not.toContain("hot_lead");
  });

  it("fails the preview (diff) when a rogue option records use would be removed without a replacement", async () => {
    const spec = lifecycleSpec({ replacements: lifecycleReplacements });
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    const current = await h.other.crm.properties.coreApi.getByName("contacts", "lifecyclestage");
    await h.other.crm.properties.coreApi.update("contacts", "lifecyclestage", {
      options: [...current.options, { value: "hot_lead", label: "Hot Lead", displayOrder: 99, hidden: false }],
    });
    await h.other.crm.objects.basicApi.update("contacts", "101", { properties: { lifecyclestage: "hot_lead" } });
    const drifted = await handler.read(id, outs, h.ctx);
    const error = await rejectionOf(diffKind(propertyOptionsKind, id, drifted!, spec, h.ctx));
    expect(error.message).toContain('"hot_lead" (1 contacts)');
    expect(error.resource).toBe("hubspot-contacts-lifecyclestage");
  });

  it("explains a portal that refuses lifecycle stage edits and suggests mapping onto the defaults", async () => {
    h.sandbox.reset("messy", { lifecycleStageEditsLocked: true });
    const error = await rejectionOf(createKind(propertyOptionsKind, lifecycleSpec({ replacements: lifecycleReplacements }), h.ctx));
    expect(error.code).toBe("HUBSPOT_OPTIONS_READ_ONLY");
    expect(error.message).toContain("refuses edits to the contacts lifecycle stage options");
    expect(error.message).toContain(`Set hubspot: { lifecycleStages: "portal-defaults" } in the architecture and map each lifecycle stage onto one of HubSpot's default stages (subscriber, lead`);
  });

  it("creates a custom property, and archives it on delete when no record uses it", async () => {
    const spec = dropOffReasonSpec();
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    expect(outs).toMatchObject({ hubspotDefined: false, create: { label: "Drop-off reason" } });
    expect((await diffKind(propertyOptionsKind, id, (await handler.read(id, outs, h.ctx))!, spec, h.ctx)).changes).toBe(false);
    await handler.delete(id, outs, h.ctx);
    expect(await handler.read(id, outs, h.ctx)).toBeUndefined();
  });

  it("on delete, leaves a custom property that records use in HubSpot (its values are data)", async () => {
    const spec = dropOffReasonSpec();
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    const [deal] = (await h.other.crm.objects.basicApi.getPage(spec.objectType, 1)).results;
    await h.other.crm.objects.basicApi.update(spec.objectType, deal!.id, { properties: { [spec.property]: spec.options[0]!.value } });
    await handler.delete(id, outs, h.ctx);
    expect(await handler.read(id, outs, h.ctx)).toBeDefined();
    expect(h.events.at(-1)).toEqual({ type: "orphaned", resource: spec.name, reason: "in-use", inUse: 1 });
  });

  it("relabels an option in place and forces replacement only for a new property identity", async () => {
    const spec = dropOffReasonSpec();
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    const relabelled = dropOffReasonSpec({ options: spec.options.map((o) => (o.value === "no_budget" ? { ...o, label: "Budget cut" } : o)) });
    expect(await diffKind(propertyOptionsKind, id, outs, relabelled, h.ctx)).toMatchObject({ changes: true, replaces: [] });
    const updated = await handler.update(id, outs, relabelled, h.ctx);
    expect(updated.options.find((o) => o.value === "no_budget")!.label).toBe("Budget cut");
    expect((await diffKind(propertyOptionsKind, id, outs, { ...spec, property: "loss_reason" }, h.ctx)).replaces).toEqual(["property"]);
  });

  it("stops managing a HubSpot-defined property on delete without touching it", async () => {
    const spec = lifecycleSpec({ replacements: lifecycleReplacements });
    const { id, outs } = await createKind(propertyOptionsKind, spec, h.ctx);
    await handler.delete(id, outs, h.ctx);
    expect(await handler.read(id, outs, h.ctx)).toBeDefined();
    expect(h.events.at(-1)).toEqual({ type: "orphaned", resource: spec.name, reason: "standard-object" });
  });
});
