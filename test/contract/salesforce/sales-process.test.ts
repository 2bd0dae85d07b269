import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffSpec } from "../../../providers/core/diff";
import { salesProcessHandler } from "../../../providers/salesforce/sales-process/handler";
import { salesProcessSpec } from "./builders";
import { startHarness, type Harness } from "./harness";
import { salesProcessKind } from "../../../providers/salesforce/sales-process";
import { createKind, diffKind } from "../../../providers/operations";

describe("salesforce:sales-process against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
  });
  afterEach(() => h.sandbox.close());

  it("creates the process and its record type, and reads them back without drift", async () => {
    const spec = salesProcessSpec();
    const { id, outs } = await createKind(salesProcessKind, spec, h.ctx);
    expect(id).toBe("Opportunity.New_Business");
    const state = h.sandbox.state();
    expect(state.metadata.RecordType?.["Opportunity.New_Business"]).toMatchObject({ active: true, businessProcess: "New_Business" });
    const live = (await salesProcessHandler.read(id, outs, h.ctx))!;
    expect(diffSpec(salesProcessKind.descriptor, live, spec).changes).toBe(false);
  });

  it("refuses stages that OpportunityStage does not have, naming them", async () => {
    await expect(createKind(salesProcessKind, salesProcessSpec({ stages: ["Prospecting", "Sao", "Evaluation"] }), h.ctx)).rejects.toThrowErrorMatchingInlineSnapshot(`[BowtieProviderError: Salesforce sales process Opportunity.New_Business (sf-process-new-business) (stages): stages "Sao", "Evaluation" are not active values of OpportunityStage. Fix: Add them to the OpportunityStage value set in the architecture (the value set is applied before the processes). [INVALID_CROSS_REFERENCE_KEY]]`);
  });

  it("updates stages in place and deactivates a renamed record type", async () => {
    const spec = salesProcessSpec();
    await createKind(salesProcessKind, spec, h.ctx);
    const news = salesProcessSpec({ stages: ["Qualification", "Needs Analysis", "Closed Won", "Closed Lost"], recordType: { apiName: "New_Business_2", label: "New Business" } });
    expect(await diffKind(salesProcessKind, "Opportunity.New_Business", spec, news, h.ctx)).toEqual({ changes: true, changed: ["recordType", "stages"], replaces: [] });
    await salesProcessHandler.update("Opportunity.New_Business", spec, news, h.ctx);
    const live = (await salesProcessHandler.read("Opportunity.New_Business", news, h.ctx))!;
    expect(live.stages).toEqual(news.stages);
    expect(h.sandbox.state().metadata.RecordType?.["Opportunity.New_Business"]?.active).toBe(false);
    expect((await diffKind(salesProcessKind, "x", spec, salesProcessSpec({ processName: "Other" }), h.ctx)).replaces).toEqual(["processName"]);
  });

  it("delete deactivates the process and record type; read then reports it gone", async () => {
    const spec = salesProcessSpec();
    await createKind(salesProcessKind, spec, h.ctx);
    await salesProcessHandler.delete("Opportunity.New_Business", spec, h.ctx);
    expect(await salesProcessHandler.read("Opportunity.New_Business", spec, h.ctx)).toBeUndefined();
    expect(h.sandbox.state().metadata.BusinessProcess?.["Opportunity.New_Business"]?.isActive).toBe(false);
  });

  it("deletes (deactivates) a process whose stages an architecture switch retired first", async () => {
    const spec = salesProcessSpec({ stages: ["Prospecting", "Needs Analysis", "Closed Won", "Closed Lost"] });
    await createKind(salesProcessKind, spec, h.ctx);
    const conn = await h.other();
    const [stages] = (await conn.metadata.read("StandardValueSet", ["OpportunityStage"])) as unknown as Array<{ standardValue: Array<{ fullName: string }> }>;
    await conn.metadata.update("StandardValueSet", { fullName: "OpportunityStage", sorted: false, standardValue: stages!.standardValue.filter((v) => v.fullName !== "Needs Analysis") } as never);
    await salesProcessHandler.delete("Opportunity.New_Business", spec, h.ctx);
    const metadata = h.sandbox.state().metadata;
    expect(metadata.BusinessProcess?.["Opportunity.New_Business"]).toMatchObject({ isActive: false });
    expect(metadata.RecordType?.["Opportunity.New_Business"]).toMatchObject({ active: false });
  });

  it("a refresh after its record type was deactivated still names the record type", async () => {
    const spec = salesProcessSpec();
    await createKind(salesProcessKind, spec, h.ctx);
    await (await h.other()).metadata.update("RecordType", { fullName: "Opportunity.New_Business", label: "New Business", active: false, businessProcess: "New_Business" } as never);
    const live = (await salesProcessHandler.read("Opportunity.New_Business", spec, h.ctx))!;
    expect(live.recordType).toEqual({ apiName: "New_Business", label: "" });
    await expect(salesProcessHandler.read("Opportunity.New_Business", live, h.ctx)).resolves.toMatchObject({ recordType: { apiName: "New_Business" } });
  });
});
