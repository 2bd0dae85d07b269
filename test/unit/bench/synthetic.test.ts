import { describe, expect, it } from "vitest";
import { largeSize, syntheticArchitecture } from "../../../bench/synthetic";
import { picklistChangeEvents } from "../../../bench/synthetic-events";
import { planFromEvents } from "../../../cli/report/plan";
import { compile } from "../../../lifecycle/compile";
import { validateArchitecture } from "../../../lifecycle/validate";

describe("bench/synthetic: the large architecture the benchmarks compile and lint", () => {
  it("is valid and has the advertised size", () => {
    const result = validateArchitecture(syntheticArchitecture(largeSize));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) throw new Error("invalid");
    expect(result.architecture.lifecycle).toHaveLength(200);
    expect(Object.keys(result.architecture.pipelines)).toHaveLength(50);
  });

  it("compiles for both targets, deterministically", () => {
    const result = validateArchitecture(syntheticArchitecture(largeSize));
    if (!result.ok) throw new Error("invalid");
    for (const target of ["salesforce", "hubspot"] as const) {
      const specs = compile(result.architecture, target);
      expect(specs.length).toBeGreaterThan(200);
      expect(compile(result.architecture, target)).toEqual(specs);
    }
  });
});

describe("bench/synthetic-events: a preview changing many picklist values", () => {
  it("yields exactly resources × valuesPerResource item changes, with the moves as events", () => {
    const changes = planFromEvents(picklistChangeEvents({ resources: 10, valuesPerResource: 200 }));
    expect(changes).toHaveLength(10);
    expect(new Set(changes.map((c) => c.crm))).toEqual(new Set(["salesforce", "hubspot"]));
    const actions = changes.flatMap((c) => c.items.map((i) => i.action));
    expect(actions).toHaveLength(2_000);
    expect({ modify: actions.filter((a) => a === "modify").length, add: actions.filter((a) => a === "add").length, remove: actions.filter((a) => a === "remove").length }).toEqual({
      modify: 1_500,
      add: 250,
      remove: 250,
    });
    expect(changes.every((c) => c.impact === "update" && c.events.filter((e) => e.type === "moved").length === 25 && c.replacements.length === 25)).toBe(true);
  });
});
