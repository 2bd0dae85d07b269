import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SalesforceResourceSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { definitionOf } from "../../../providers/kinds";
import { fromFlowMetadata, toFlowMetadata } from "../../../providers/salesforce/flow/metadata";
import { flowDescriptor } from "../../../providers/salesforce/flow/descriptor";
import { fromMetadataValues, normalizeValue, toMetadataValue } from "../../../providers/salesforce/picklist/values";

const golden = JSON.parse(readFileSync(join(__dirname, "../golden/default-salesforce.json"), "utf8")) as SalesforceResourceSpec[];

describe("Salesforce specs of the default architecture", () => {
  it("picklist values survive the trip to Metadata and back (read returns active values only)", () => {
    for (const spec of golden) {
      if (spec.kind !== "salesforce:value-set" && spec.kind !== "salesforce:picklist-field") continue;
      const metadata = [...spec.values.map(toMetadataValue), { fullName: "Retired", label: "Retired", default: false, isActive: false }];
      expect(fromMetadataValues(metadata)).toEqual(spec.values.map(normalizeValue));
    }
  });

  it("flows survive the trip to Flow metadata and back", () => {
    for (const spec of golden) {
      if (spec.kind !== "salesforce:flow") continue;
      const read = fromFlowMetadata(toFlowMetadata(spec), spec);
      expect(diffSpec(flowDescriptor, read, spec).changed).toEqual([]);
    }
  });

  it("identity changes force a replacement; labels and values do not", () => {
    const valueSet = golden.find((s) => s.kind === "salesforce:value-set")!;
    const { descriptor } = definitionOf(valueSet.kind);
    expect(diffSpec(descriptor, valueSet as never, { ...valueSet, valueSetName: "Other" } as never).replaces).toEqual(["valueSetName"]);
    const relabelled = { ...valueSet, values: valueSet.kind === "salesforce:value-set" ? valueSet.values.map((v) => ({ ...v, label: `${v.label}!` })) : [] };
    expect(diffSpec(descriptor, valueSet as never, relabelled as never)).toEqual({ changes: true, changed: ["values"], replaces: [] });
  });
});
