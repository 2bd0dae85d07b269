import { describe, expect, it } from "vitest";
import { describeMetadata, fileNameOf, metadataTypes, requireMetadataType, tryGetMetadataType } from "../../../sandbox/salesforce/metadata/registry";

describe("the Salesforce sandbox's metadata registry", () => {
  it("derives describeMetadata: object children under CustomObject, every other type on its own", () => {
    const described = describeMetadata().metadataObjects as Array<{ xmlName: string; childXmlNames?: string[] }>;
    expect(described.map(({ xmlName, childXmlNames }) => (childXmlNames ? `${xmlName}: ${childXmlNames.join(", ")}` : xmlName))).toMatchInlineSnapshot(`
      [
        "CustomObject: BusinessProcess, CustomField, RecordType, ValidationRule",
        "StandardValueSet",
        "GlobalValueSet",
        "Flow",
        "FlowDefinition",
        "FlowSettings",
      ]
    `);
  });

  it("derives file names: a child of an object lives in its object's file", () => {
    expect(fileNameOf(requireMetadataType("CustomField"), "Lead.Stage__c")).toBe("objects/Lead.object");
    expect(fileNameOf(requireMetadataType("FlowDefinition"), "Won")).toBe("flowDefinitions/Won.flowDefinition");
  });

  it("knows only its own types, not the object prototype's names", () => {
    expect(tryGetMetadataType("toString")).toBeUndefined();
    expect(() => requireMetadataType("ApexClass")).toThrow("ApexClass");
    expect(Object.keys(metadataTypes)).toContain("Flow");
  });
});
