import { describe, expect, it } from "vitest";
import { sameComponent } from "../../../providers/salesforce/component";

describe("comparing a component as jsforce reads it with the one Bowtie would write", () => {
  it("treats text-typed scalars, one-item lists and empty fields as Salesforce stores them", () => {
    const read = { fullName: "Lead.R", active: "true", errorMessage: "m", description: null, values: { fullName: "A", default: "false" } };
    const next = { fullName: "Lead.R", active: true, errorMessage: "m", values: [{ default: false, fullName: "A" }] };
    expect(sameComponent(read, next)).toBe(true);
  });

  it("sees a changed managed field, and an unmodelled element Bowtie would drop", () => {
    expect(sameComponent({ fullName: "Lead.R", active: true }, { fullName: "Lead.R", active: false })).toBe(false);
    expect(sameComponent({ fullName: "Opportunity.X", picklistValues: [{ picklist: "Type" }] }, { fullName: "Opportunity.X" })).toBe(false);
  });
});
