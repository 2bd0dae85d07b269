import { describe, expect, it } from "vitest";
import { diffSpec } from "../../../../providers/core/diff";
import type { DiffDescriptor } from "../../../../providers/core/diff";
import { pipelineDescriptor } from "../../../../providers/hubspot/pipeline/descriptor";
import { propertyOptionsDescriptor } from "../../../../providers/hubspot/property-options/descriptor";
import { picklistFieldDescriptor } from "../../../../providers/salesforce/picklist-field/descriptor";
import { valueSetDescriptor } from "../../../../providers/salesforce/value-set/descriptor";
import type { ResourceSpec, ValueReplacement } from "../../../../specs";
import { specNamed } from "../../../support/specs";

type ValueHoldingSpec = Extract<ResourceSpec, { replacements: ValueReplacement[] }>;

/** Each value-holding kind: a compiled spec's name, its descriptor, and the name of its value list. */
const cases: Array<[string, DiffDescriptor<any>, "values" | "options" | "stages"]> = [
  ["sf-value-set-lead-status", valueSetDescriptor, "values"],
  ["sf-field-lead-lifecycle-stage", picklistFieldDescriptor, "values"],
  ["hs-options-contacts-lifecyclestage", propertyOptionsDescriptor, "options"],
  ["hs-pipeline-deals-renewal", pipelineDescriptor, "stages"],
];

describe("replacements are instructions, not state", () => {
  it.each(cases)("%s: a change to replacements alone is no change; a change of values still is", (name, descriptor, list) => {
    const spec = specNamed<ValueHoldingSpec>(name);
    expect(spec.replacements.length).toBeGreaterThan(0);
    expect(diffSpec(descriptor, spec, { ...spec, replacements: [] }).changes).toBe(false);
    expect(diffSpec(descriptor, spec, { ...spec, replacements: [{ from: "Gone", to: "Kept" }] }).changes).toBe(false);
    const values = (spec as unknown as Record<typeof list, unknown[]>)[list];
    expect(diffSpec(descriptor, spec, { ...spec, [list]: values.slice(1) }).changes).toBe(true);
    expect(descriptor.normalize(descriptor.normalize(spec))).toEqual(descriptor.normalize(spec));
  });
});
