import { describe, expect, it } from "vitest";
import { planRetirements, retiredValues, valuesInUseError } from "../../../providers/hubspot/retirement";

describe("retirement planning", () => {
  it("lists the values that leave the list, in their original order", () => {
    expect(retiredValues(["a", "won", "b", "lost"], ["b", "a", "new"])).toEqual(["won", "lost"]);
  });

  it("moves used values that have a replacement, blocks the others and ignores unused ones", () => {
    const usage = new Map([["won", 6], ["lost", 3], ["stale", 0]]);
    expect(planRetirements(usage, [{ from: "won", to: "customer" }])).toEqual({
      migrations: [{ from: "won", to: "customer", count: 6 }],
      blocked: [{ value: "lost", count: 3 }],
    });
  });

  it("words the blocked error with counts and a replacement example", () => {
    const error = valuesInUseError({
      resource: "hubspot-contacts-lifecyclestage",
      field: "options",
      noun: "lifecyclestage option",
      recordNoun: "contacts",
      blocked: [{ value: "won", count: 6 }],
      suggestedTarget: "customer",
    });
    expect(error.message).toMatchInlineSnapshot(
      `"hubspot-contacts-lifecyclestage (options): Retiring lifecyclestage option(s) still used by records: won (6 contacts). Bowtie does not strand records on a removed value. Fix: Add replacements: [{ from: "won", to: "customer" }] to the architecture; Bowtie then moves those records before removing the value. [HUBSPOT_VALUES_IN_USE]"`,
    );
  });
});
