import { afterEach, describe, expect, it } from "vitest";
import type { SalesforceSalesProcessSpec, SalesforceValueSetSpec } from "../../../specs";
import { definitionOf } from "../../../providers/kinds";
import { createKind } from "../../../providers/operations";
import { lint } from "../../../lifecycle/lint";
import { deployRealOrgMetadata } from "../salesforce/fixtures/real-org";
import { startHarness, type Harness } from "../salesforce/harness";
import { importToFile, noChanges, previewAfterAdoption } from "./round-trip";

const WRITES = new Set(["createMetadata", "updateMetadata", "upsertMetadata", "deleteMetadata", "renameMetadata"]);
const writeCalls = (h: Harness) => h.sandbox.requests().filter((r) => r.operation && WRITES.has(r.operation));

describe("import → up of an org with real-world processes and record types", () => {
  let h: Harness | undefined;
  afterEach(async () => h?.sandbox.close());

  async function importRealOrg() {
    h = await startHarness("messy");
    await deployRealOrgMetadata(await h.other());
    return { h, ...(await importToFile("salesforce", h.ctx)) };
  }

  it("imports processes named with spaces and encoded characters, with their decoded stages, and round-trips them", async () => {
    const { h, specs, result, architecture } = await importRealOrg();
    const processes = specs.filter((s): s is SalesforceSalesProcessSpec => s.kind === "salesforce:sales-process");
    expect(processes.map((p) => [p.processName, p.recordType.apiName])).toEqual(expect.arrayContaining([
      ["Benefits BoR Sales Process", "Benefits_BoR"],
      ["Growth/Expansion", "Growth_Expansion"],
    ]));
    expect(processes.find((p) => p.processName === "Benefits BoR Sales Process")!.stages).toEqual(["Prospecting", "Discovery/Engaged", "Alignment in Progress (PC)", "Id. Decision Makers", "Closed Won", "Closed Lost"]);
    expect(result.notes.map((n) => n.message)).toEqual(expect.arrayContaining([
      "The process Lead.Direct: the model has sales processes on Opportunity only, so Bowtie leaves it as it is.",
      'Record types "Benefits_BoR_Renewal" also select the sales process Benefits BoR Sales Process; the model pairs a process with one record type (Benefits_BoR), so Bowtie leaves the others as they are.',
    ]));
    expect(result.notes.filter((n) => n.message.includes("not active in OpportunityStage"))).toEqual([]);
    expect(lint(architecture).filter((f) => f.code === "BT014")).toEqual([]);
    expect(await previewAfterAdoption(specs, h.ctx)).toEqual(noChanges(specs));
  });

  it("the first up after the import writes nothing, and keeps colours, defaults and record-type assignments", async () => {
    const { h, specs } = await importRealOrg();
    const before = JSON.stringify(h.sandbox.state().metadata);
    h.sandbox.clearRequests();
    for (const spec of specs) await createKind(definitionOf(spec.kind), spec, h.ctx);
    expect(writeCalls(h)).toEqual([]);
    expect(JSON.stringify(h.sandbox.state().metadata)).toBe(before);
  });

  it("a real change writes only the changed component, and preserves what Bowtie does not manage", async () => {
    const { h, specs } = await importRealOrg();
    const stagesSpec = specs.find((s): s is SalesforceValueSetSpec => s.name === "sf-value-set-opportunity-stage")!;
    const changed = specs.map((s) => (s === stagesSpec ? { ...stagesSpec, values: stagesSpec.values.map((v) => (v.apiName === "Discovery/Engaged" ? { ...v, label: "Discovery / Engaged" } : v)) } : s));
    const process = changed.find((s): s is SalesforceSalesProcessSpec => s.kind === "salesforce:sales-process" && s.processName === "Benefits BoR Sales Process")!;
    const withDescription = changed.map((s) => (s === process ? { ...process, recordType: { ...process.recordType, label: "Benefits (BoR)" } } : s));
    h.sandbox.clearRequests();
    for (const spec of withDescription) await createKind(definitionOf(spec.kind), spec, h.ctx);
    expect(writeCalls(h).map((r) => r.operation)).toEqual(["updateMetadata", "upsertMetadata"]);

    const metadata = h.sandbox.state().metadata;
    const discovery = (metadata.StandardValueSet!.OpportunityStage!.standardValue as Array<Record<string, unknown>>).find((v) => v.fullName === "Discovery/Engaged");
    expect(discovery).toMatchObject({ label: "Discovery / Engaged", color: "#2CA02C", description: "Pain confirmed with an economic buyer" });
    const recordType = metadata.RecordType!["Opportunity.Benefits_BoR"]!;
    expect(recordType).toMatchObject({ label: "Benefits (BoR)", businessProcess: "Benefits BoR Sales Process" });
    expect((recordType.picklistValues as unknown[]).length).toBe(3);
    expect(metadata.RecordType!["Opportunity.Benefits_BoR_Renewal"]).toMatchObject({ active: true, businessProcess: "Benefits BoR Sales Process" });
    const values = metadata.BusinessProcess!["Opportunity.Benefits BoR Sales Process"]!.values as Array<{ fullName: string; default: boolean }>;
    expect(values.filter((v) => v.default).map((v) => v.fullName)).toEqual(["Discovery%2FEngaged"]);
  });
});
