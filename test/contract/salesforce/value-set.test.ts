import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSalesforceSandbox } from "../../../sandbox/salesforce";
import { diffSpec } from "../../../providers/core/diff";
import type { ProviderEvent } from "../../../providers/core/events";
import { valueSetHandler } from "../../../providers/salesforce/value-set/handler";
import { leadStatusSpec } from "./builders";
import { contextFor, passwordSettings, recordsWith, startHarness, type Harness } from "./harness";
import { valueSetKind } from "../../../providers/salesforce/value-set";
import { checkKind } from "../../../providers/operations";
import { createKind, diffKind } from "../../../providers/operations";

describe("salesforce:value-set against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  it("reads the messy org's LeadStatus in the spec's shape", async () => {
    const live = await valueSetHandler.read("LeadStatus", leadStatusSpec(), h.ctx);
    expect(live?.values.map((v) => v.apiName)).toEqual(["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted", "Trending Up"]);
    expect(live?.values.find((v) => v.converted)?.apiName).toBe("Closed - Converted");
  });

  it("refuses in diff to retire values that records use without a replacement, with counts", async () => {
    const live = (await valueSetHandler.read("LeadStatus", leadStatusSpec(), h.ctx))!;
    const news = leadStatusSpec({ replacements: [{ from: "Closed - Converted", to: "Qualified" }] });
    await expect(diffKind(valueSetKind, "LeadStatus", live, news, h.ctx)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BowtieProviderError: Salesforce value set LeadStatus (sf-value-set-lead-status) (values): retiring "Open - Not Contacted" (5 Lead records), "Working - Contacted" (5 Lead records), "Closed - Not Converted" (2 Lead records), "Trending Up" (4 Lead records) would strand those records: no replacement says where they go. Fix: add retire("Open - Not Contacted", "<key>", "salesforce"), retire("Working - Contacted", "<key>", "salesforce"), retire("Closed - Not Converted", "<key>", "salesforce"), retire("Trending Up", "<key>", "salesforce") to the architecture's replacements (in lifecycle, statuses or the pipeline the value belongs to; <key> is the stage or status its records move to), so Bowtie moves the records first; or keep them in the architecture. [VALUES_IN_USE]]`,
    );
  });

  it("checks the live org, not the last known state: a value an admin added since and put records on blocks the preview", async () => {
    const news = leadStatusSpec();
    const { id, outs } = await createKind(valueSetKind, news, h.ctx);
    const conn = await h.other();
    const set = (await conn.metadata.read("StandardValueSet", "LeadStatus")) as unknown as { standardValue: object[] };
    await conn.metadata.update("StandardValueSet", { ...set, fullName: "LeadStatus", standardValue: [...set.standardValue, { fullName: "Hot", label: "Hot", default: false }] } as never);
    for (let i = 0; i < 3; i++) await conn.sobject("Lead").create({ LastName: `Hot ${i}`, Company: "Acme", Status: "Hot" });
    const relabelled = leadStatusSpec({ values: news.values.map((v) => (v.apiName === "Working" ? { ...v, label: "Working It" } : v)) });
    await expect(diffKind(valueSetKind, id, outs, relabelled, h.ctx)).rejects.toThrow(/retiring "Hot" \(3 Lead records\)/);
  });

  it("create adopts the standard set, moves records to replacements, then deactivates the retired values", async () => {
    const news = leadStatusSpec();
    const live = (await valueSetHandler.read("LeadStatus", news, h.ctx))!;
    expect((await diffKind(valueSetKind, "LeadStatus", live, news, h.ctx)).changed).toEqual(["values"]);
    const { id, outs } = await createKind(valueSetKind, news, h.ctx);
    expect(id).toBe("LeadStatus");
    for (const retired of ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted", "Trending Up"]) {
      expect(recordsWith(h.sandbox, "Lead", "Status", retired)).toBe(0);
    }
    expect(recordsWith(h.sandbox, "Lead", "Status", "Engaged")).toBe(4);
    const stored = h.sandbox.state().metadata.StandardValueSet!.LeadStatus!.standardValue as Array<{ fullName: string; isActive?: boolean }>;
    expect(stored.filter((v) => v.isActive === false).map((v) => v.fullName)).toContain("Trending Up");
    const after = (await valueSetHandler.read(id, outs, h.ctx))!;
    expect(diffSpec(valueSetKind.descriptor, after, news).changes).toBe(false);
    expect(h.events).toContainEqual({ type: "moved", resource: news.name, records: "Lead", field: "Status", from: "Trending Up", to: "Engaged", count: 4 });
  });

  it("reports a rogue value added by another client as drift, and update removes it", async () => {
    const news = leadStatusSpec();
    await createKind(valueSetKind, news, h.ctx);
    const conn = await h.other();
    const current = (await conn.metadata.read("StandardValueSet", "LeadStatus")) as unknown as { standardValue: Array<Record<string, unknown>> };
    const active = current.standardValue.filter((v) => v.isActive !== false).map(({ isActive: _a, ...v }) => v);
    await conn.metadata.update("StandardValueSet", { fullName: "LeadStatus", standardValue: [...active, { fullName: "Hot", label: "Hot", default: false }] } as never);
    const live = (await valueSetHandler.read("LeadStatus", news, h.ctx))!;
    expect(live.values.map((v) => v.apiName)).toContain("Hot");
    expect(diffSpec(valueSetKind.descriptor, live, news).changed).toEqual(["values"]);
    await valueSetHandler.update("LeadStatus", live, news, h.ctx);
    expect((await valueSetHandler.read("LeadStatus", news, h.ctx))!.values.map((v) => v.apiName)).not.toContain("Hot");
  });

  it("delete of a standard value set stops managing it and leaves the org unchanged", async () => {
    const before = h.sandbox.state().metadata.StandardValueSet;
    await valueSetHandler.delete("LeadStatus", leadStatusSpec(), h.ctx);
    expect(h.sandbox.state().metadata.StandardValueSet).toEqual(before);
    expect(h.events).toEqual([{ type: "orphaned", resource: leadStatusSpec().name, reason: "standard-object" }]);
  });

  it("creates, reads and deletes a global value set", async () => {
    const spec = leadStatusSpec({ name: "gvs", valueSetName: "Drop_Off_Reasons", standard: false, values: [{ apiName: "Timing", label: "Timing" }, { apiName: "Price", label: "Price" }], replacements: [] });
    await createKind(valueSetKind, spec, h.ctx);
    expect((await valueSetHandler.read(spec.valueSetName, spec, h.ctx))?.values.map((v) => v.label)).toEqual(["Timing", "Price"]);
    await valueSetHandler.delete(spec.valueSetName, spec, h.ctx);
    expect(await valueSetHandler.read(spec.valueSetName, spec, h.ctx)).toBeUndefined();
  });

  it("check reports field-level problems", () => {
    const failures = checkKind(valueSetKind, leadStatusSpec({ values: [{ apiName: "New", label: "New" }, { apiName: "New", label: "" }], replacements: [{ from: "Old", to: "Gone" }] }));
    expect(failures).toMatchInlineSnapshot(`
      [
        {
          "property": "values.1.label",
          "reason": "a value needs a label",
        },
        {
          "property": "values.1.apiName",
          "reason": "duplicate API name "New"",
        },
        {
          "property": "replacements.0.to",
          "reason": "replacement target "Gone" is not one of the values",
        },
        {
          "property": "values",
          "reason": "LeadStatus needs exactly one converted value",
        },
      ]
    `);
  });
});

describe("salesforce:value-set and converted leads", () => {
  it("leaves converted leads on a retired status (Salesforce refuses to change them) and says so", async () => {
    const stateFile = path.join(mkdtempSync(path.join(tmpdir(), "bowtie-sf-")), "org.json");
    const sandbox = await startSalesforceSandbox({ scenario: "messy", stateFile });
    try {
      // Conversion happens inside Salesforce, not through the API: mark the org's converted leads in its state file.
      const org = JSON.parse(readFileSync(stateFile, "utf8"));
      const converted = org.records.Lead.filter((lead: { Status: string }) => lead.Status === "Closed - Converted");
      for (const lead of converted) lead.IsConverted = true;
      writeFileSync(stateFile, JSON.stringify(org));
      const events: ProviderEvent[] = [];
      await createKind(valueSetKind, leadStatusSpec(), contextFor(passwordSettings(sandbox.url), events));
      expect(recordsWith(sandbox, "Lead", "Status", "Closed - Converted")).toBe(converted.length);
      expect(events).toContainEqual({ type: "kept-unmovable", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", value: "Closed - Converted", count: converted.length, reason: "converted-lead" });
    } finally {
      await sandbox.close();
    }
  });
});

