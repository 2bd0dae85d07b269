import { describe, expect, it } from "vitest";
import { itemsFor, planValueChange } from "../../../../providers/core/values/plan";
import { forEachCase } from "./generate";

describe("planValueChange", () => {
  it("moves retired values that records use onto their replacement, blocks the others and ignores unused ones", () => {
    const plan = planValueChange({
      live: ["Open", "Won", "Lost", "Stale", "New"],
      desired: ["New", "Customer"],
      replacements: [{ from: "Won", to: "Customer" }],
      usage: new Map([["Won", 6], ["Lost", 3], ["Stale", 0]]),
    });
    expect(plan).toEqual({
      retired: ["Open", "Won", "Lost", "Stale"],
      moves: [{ from: "Won", to: "Customer", count: 6 }],
      blocked: [{ value: "Lost", count: 3 }],
      interim: ["New", "Customer", "Won"],
    });
  });

  it("treats a renamed value as retire + add", () => {
    expect(planValueChange({ live: ["Closed - Won"], desired: ["Closed Won"], replacements: [], usage: new Map() }).retired).toEqual(["Closed - Won"]);
  });

  it("never moves records onto a value that is itself retired", () => {
    const plan = planValueChange({ live: ["A", "B"], desired: ["C"], replacements: [{ from: "A", to: "B" }], usage: new Map([["A", 2]]) });
    expect(plan.moves).toEqual([]);
    expect(plan.blocked).toEqual([{ value: "A", count: 2 }]);
  });

  it("plan(x, x) is empty", async () => {
    await forEachCase(500, ({ live, replacements, usage }) => {
      expect(planValueChange({ live, desired: live, replacements, usage })).toEqual({ retired: [], moves: [], blocked: [], interim: live });
    });
  });

  it("accounts for every retired value that records use: moved onto a desired value, or blocked", async () => {
    await forEachCase(500, ({ live, desired, replacements, usage }) => {
      const plan = planValueChange({ live, desired, replacements, usage });
      const inUse = plan.retired.filter((value) => (usage.get(value) ?? 0) > 0);
      expect([...plan.moves.map((m) => m.from), ...plan.blocked.map((b) => b.value)].sort()).toEqual(inUse.sort());
      for (const move of plan.moves) expect(desired).toContain(move.to);
      expect(plan.interim).toEqual([...desired, ...plan.moves.map((m) => m.from)]);
    });
  });
});

describe("itemsFor", () => {
  it("lists desired items as desired and retiring ones as live, passed through asRetiring, in the planned order", () => {
    const desired = [{ key: "New", label: "New", default: true }];
    const live = [{ key: "Open", label: "Open", default: true }, { key: "Idle", label: "Idle", default: false }];
    const items = itemsFor(["New", "Open", "Gone"], { desired, live }, (v) => v.key, (v, i) => ({ ...v, default: false, label: `${v.label} ${i}` }));
    expect(items).toEqual([{ key: "New", label: "New", default: true }, { key: "Open", label: "Open 0", default: false }]);
  });
});
