import { describe, expect, it } from "vitest";
import { describeStranded, interimValues, planRetirements, strandedValues } from "../../../providers/salesforce/picklist/retirement";

describe("picklist retirement planning", () => {
  it("retires live values the spec drops, with their replacement when given", () => {
    expect(planRetirements(["A", "B", "C"], ["A", "D"], [{ from: "B", to: "D" }])).toEqual([{ apiName: "B", to: "D" }, { apiName: "C" }]);
  });

  it("treats a changed API name as retire + add", () => {
    expect(planRetirements(["Closed - Won"], ["Closed Won"], [])).toEqual([{ apiName: "Closed - Won" }]);
  });

  it("strands only unreplaced values that records use", () => {
    const usage = new Map([["B", 3], ["C", 0], ["E", 2]]);
    expect(strandedValues([{ apiName: "B" }, { apiName: "C" }, { apiName: "E", to: "A" }], usage)).toEqual([{ apiName: "B", records: 3 }]);
    expect(describeStranded([{ apiName: "B", records: 3 }, { apiName: "X", records: 1 }])).toBe('"B" (3 records), "X" (1 record)');
  });

  it("keeps moving values active, not default, after the desired ones while records move", () => {
    const desired = [{ apiName: "New", label: "New", default: true }];
    const live = [{ apiName: "Open", label: "Open", default: true }, { apiName: "Idle", label: "Idle" }];
    expect(interimValues(desired, live, [{ apiName: "Open", to: "New" }])).toEqual([
      { apiName: "New", label: "New", default: true },
      { apiName: "Open", label: "Open", default: false },
    ]);
  });
});
