import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffSpec } from "../../../providers/core/diff";
import { picklistFieldHandler } from "../../../providers/salesforce/picklist-field/handler";
import { lifecycleFieldSpec } from "./builders";
import { recordsWith, startHarness, type Harness } from "./harness";
import { picklistFieldKind } from "../../../providers/salesforce/picklist-field";
import { createKind, diffKind } from "../../../providers/operations";

describe("salesforce:picklist-field against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  it("creates a new restricted picklist field and reads it back without drift", async () => {
    const spec = lifecycleFieldSpec({ name: "drop-off", field: "Drop_Off_Reason__c", label: "Drop-off Reason", values: [{ apiName: "Timing", label: "Timing" }, { apiName: "No Budget", label: "No Budget" }], replacements: [] });
    const { id, outs } = await createKind(picklistFieldKind, spec, h.ctx);
    expect(id).toBe("Lead.Drop_Off_Reason__c");
    const live = (await picklistFieldHandler.read(id, outs, h.ctx))!;
    expect(diffSpec(picklistFieldKind.descriptor, live, spec).changes).toBe(false);
    const conn = await h.other();
    const describe = await conn.sobject("Lead").describe();
    expect(describe.fields.find((f) => f.name === "Drop_Off_Reason__c")?.picklistValues?.map((v) => v.value)).toEqual(["Timing", "No Budget"]);
  });

  it("refuses to retire legacy values that records use when no replacement is given", async () => {
    const live = (await picklistFieldHandler.read("Lead.Lifecycle_Stage__c", lifecycleFieldSpec(), h.ctx))!;
    expect(live.values.map((v) => v.apiName)).toEqual(["Lead", "MQL", "SQL", "Opportunity", "Customer", "Won", "Lost", "Trending Up"]);
    const news = lifecycleFieldSpec({ replacements: [{ from: "Won", to: "Closed Won" }] });
    await expect(diffKind(picklistFieldKind, "Lead.Lifecycle_Stage__c", live, news, h.ctx)).rejects.toThrowErrorMatchingInlineSnapshot(`[BowtieProviderError: Salesforce picklist Lead.Lifecycle_Stage__c (sf-field-lead-lifecycle-stage) (values): retiring "Lost" (3 Lead records), "Trending Up" (4 Lead records) would strand those records: no replacement says where they go. Fix: add retire("Lost", "<key>", "salesforce"), retire("Trending Up", "<key>", "salesforce") to the architecture's replacements (in lifecycle, statuses or the pipeline the value belongs to; <key> is the stage or status its records move to), so Bowtie moves the records first; or keep them in the architecture. [VALUES_IN_USE]]`);
  });

  it("adopts the legacy field: moves records off retired values, which end inactive; unused values retire freely", async () => {
    const news = lifecycleFieldSpec();
    const live = (await picklistFieldHandler.read("Lead.Lifecycle_Stage__c", news, h.ctx))!;
    await diffKind(picklistFieldKind, "Lead.Lifecycle_Stage__c", live, news, h.ctx);
    const before = recordsWith(h.sandbox, "Lead", "Lifecycle_Stage__c", "Trending Up");
    expect(before).toBeGreaterThan(0);
    await createKind(picklistFieldKind, news, h.ctx);
    for (const retired of ["Won", "Lost", "Trending Up"]) expect(recordsWith(h.sandbox, "Lead", "Lifecycle_Stage__c", retired)).toBe(0);
    expect(recordsWith(h.sandbox, "Lead", "Lifecycle_Stage__c", "Marketing Engaged")).toBe(before);
    const conn = await h.other();
    const describe = await conn.sobject("Lead").describe();
    const values = describe.fields.find((f) => f.name === "Lifecycle_Stage__c")!.picklistValues!;
    expect(values.filter((v) => !v.active).map((v) => v.value).sort()).toEqual(["Customer", "Lead", "Lost", "Opportunity", "Trending Up", "Won"]);
    const after = (await picklistFieldHandler.read("Lead.Lifecycle_Stage__c", news, h.ctx))!;
    expect(diffSpec(picklistFieldKind.descriptor, after, news).changes).toBe(false);
  });

  it("treats a relabel as an update, not a replacement", async () => {
    const news = lifecycleFieldSpec();
    await createKind(picklistFieldKind, news, h.ctx);
    const relabelled = { ...news, values: news.values.map((v) => (v.apiName === "SAL" ? { ...v, label: "Sales Accepted Lead" } : v)) };
    const diff = await diffKind(picklistFieldKind, "Lead.Lifecycle_Stage__c", news, relabelled, h.ctx);
    expect(diff).toEqual({ changes: true, changed: ["values"], replaces: [] });
    await picklistFieldHandler.update("Lead.Lifecycle_Stage__c", news, relabelled, h.ctx);
    const live = (await picklistFieldHandler.read("Lead.Lifecycle_Stage__c", news, h.ctx))!;
    expect(live.values.find((v) => v.apiName === "SAL")?.label).toBe("Sales Accepted Lead");
    expect((await diffKind(picklistFieldKind, "x", news, { ...news, object: "Contact" }, h.ctx)).replaces).toEqual(["object"]);
  });

  it("delete stops managing the field and leaves it and its data in the org", async () => {
    const news = lifecycleFieldSpec();
    await picklistFieldHandler.delete("Lead.Lifecycle_Stage__c", news, h.ctx);
    expect(h.sandbox.state().metadata.CustomField?.["Lead.Lifecycle_Stage__c"]).toBeDefined();
    expect(h.events).toEqual([{ type: "orphaned", resource: news.name, reason: "holds-data" }]);
  });
});
