import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import { lint } from "../../../lifecycle/lint";
import type { Architecture } from "../../../lifecycle/schema";
import type { SalesforceSalesProcessSpec } from "../../../specs";
import { decodeMetadataName, developerNameOf, encodeMetadataName } from "../../../specs/salesforce/metadata-name";
import { salesProcessSchema } from "../../../specs/salesforce/sales-process";

const withProcessName = (name: string, recordType?: string): Architecture => {
  const [key, pipeline] = Object.entries(defaultArchitecture.pipelines).find(([, p]) => p.kind === "new-business")!;
  return { ...defaultArchitecture, pipelines: { ...defaultArchitecture.pipelines, [key]: { ...pipeline, names: { ...pipeline.names, salesforce: name }, ...(recordType ? { salesforceProcess: { ...pipeline.salesforceProcess, enabled: true, recordType } } : {}) } } };
};
const crmNameFindings = (arch: Architecture) => lint(arch).filter((f) => f.code === "BT014").map((f) => f.message);

describe("Salesforce process and record type names as Salesforce takes them", () => {
  it("percent-encodes what Salesforce encodes in Metadata names, and decodes it back", () => {
    for (const name of ["Growth/Expansion", "Alignment in Progress (PC)", "Id. Decision Makers", "100% Renewals, Q1", "Benefits BoR Sales Process"]) {
      expect(decodeMetadataName(encodeMetadataName(name))).toBe(name);
    }
    expect(encodeMetadataName("Alignment in Progress (PC)")).toBe("Alignment in Progress %28PC%29");
    expect(encodeMetadataName("Id. Decision Makers")).toBe("Id%2E Decision Makers");
    expect(decodeMetadataName("Discovery%2FEngaged")).toBe("Discovery/Engaged");
    expect(developerNameOf("Benefits BoR Sales Process")).toBe("Benefits_BoR_Sales_Process");
    expect(developerNameOf("Growth/Expansion")).toBe("Growth_Expansion");
  });

  it("the spec takes free-text process names up to 80 characters and developer-name record types", () => {
    const spec = compile(withProcessName("Benefits BoR Sales Process"), "salesforce").find((s): s is SalesforceSalesProcessSpec => s.kind === "salesforce:sales-process")!;
    expect(spec.processName).toBe("Benefits BoR Sales Process");
    expect(spec.recordType.apiName).toBe("Benefits_BoR_Sales_Process");
    expect(salesProcessSchema.safeParse(spec).success).toBe(true);
    expect(salesProcessSchema.safeParse({ ...spec, processName: "x".repeat(81) }).success).toBe(false);
    expect(salesProcessSchema.safeParse({ ...spec, processName: " padded" }).success).toBe(false);
    expect(salesProcessSchema.safeParse({ ...spec, recordType: { ...spec.recordType, apiName: "Trailing_" } }).success).toBe(false);
  });

  it("lint accepts what Salesforce accepts and refuses what it refuses", () => {
    expect(crmNameFindings(withProcessName("Growth/Expansion"))).toEqual([]);
    expect(crmNameFindings(withProcessName("x".repeat(81)))).toEqual([expect.stringContaining("at most 80 characters")]);
    expect(crmNameFindings(withProcessName("Growth/Expansion", "Growth Expansion"))).toEqual(['Salesforce record type name "Growth Expansion" is not a valid API name']);
  });
});
