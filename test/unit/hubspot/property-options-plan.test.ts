import { describe, expect, it } from "vitest";
import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { propertyOptionsDescriptor } from "../../../providers/hubspot/property-options/descriptor";
import { optionsDiffer, optionsFor } from "../../../providers/hubspot/property-options/plan";
import { propertyOptionsKind } from "../../../providers/hubspot/property-options";
import { checkKind } from "../../../providers/operations";

const option = (value: string, displayOrder: number, label = value.toUpperCase()) => ({ value, label, displayOrder });

function spec(overrides: Partial<HubSpotPropertyOptionsSpec> = {}): HubSpotPropertyOptionsSpec {
  return {
    kind: "hubspot:property-options",
    name: "lifecycle",
    objectType: "contacts",
    property: "lifecyclestage",
    options: [option("lead", 0), option("customer", 1)],
    replacements: [{ from: "won", to: "customer" }],
    ...overrides,
  };
}

describe("property option planning", () => {
  it("keeps retiring options (hidden, after the desired ones) while records move", () => {
    const live = [option("lead", 0), option("won", 1), option("customer", 2)];
    const interim = optionsFor(["lead", "customer", "won"], spec().options, live);
    expect(interim.map((o) => [o.value, o.displayOrder, o.hidden ?? false])).toEqual([["lead", 0, false], ["customer", 1, false], ["won", 2, true]]);
    expect(optionsDiffer(live, spec().options)).toBe(true);
  });

  it("treats a missing description or hidden flag as the HubSpot default", () => {
    const live = spec().options.map((o) => ({ ...o, description: "", hidden: false }));
    expect(optionsDiffer(live, spec().options)).toBe(false);
  });

  it("diff(x, x) is empty; an identity change forces replacement", () => {
    expect(diffSpec(propertyOptionsDescriptor, spec(), spec()).changes).toBe(false);
    expect(diffSpec(propertyOptionsDescriptor, spec(), spec({ objectType: "companies" })).replaces).toEqual(["objectType"]);
  });

  it("checks field by field", () => {
    const failures = checkKind(propertyOptionsKind, 
      spec({ options: [option("lead", 0), option("lead", 1)], replacements: [{ from: "lead", to: "gone" }] }),
    );
    expect(failures).toEqual([
      { property: "options.1.value", reason: "duplicate option value lead" },
      { property: "replacements.0.to", reason: 'replacement target "gone" is not one of the options' },
      { property: "replacements.0.from", reason: '"lead" is still an option; only retired options are replaced' },
    ]);
    expect(checkKind(propertyOptionsKind, spec())).toEqual([]);
  });
});
