import { describe, expect, it } from "vitest";
import type { ProviderEvent } from "../../../../providers/core/events";
import type { HandlerContext } from "../../../../providers/core/kind";
import { applyValueChange, previewPlan, type ValueChange } from "../../../../providers/core/values/guard";
import { planValueChange } from "../../../../providers/core/values/plan";
import type { RecordMover, ValueTarget } from "../../../../providers/core/values/port";
import { currentSettings } from "../../../../providers/core/settings";
import { forEachCase } from "./generate";

/**
 * An in-memory CRM holding one value list and the records on each value. A deploy that drops a
 * value records still carry fails loudly: that is the data loss the engine must never cause.
 */
function fakeCrm(live: readonly string[], usage: ReadonlyMap<string, number>, options: { stuck?: string; unmovable?: number; refuse?: { value: string; count: number; reason: string } } = {}) {
  const held = { values: [...live], records: new Map(usage), calls: [] as string[] };
  const on = (value: string) => held.records.get(value) ?? 0;
  const records: RecordMover = {
    records: "Lead",
    field: "Status",
    count: async (values) => new Map(values.map((v) => [v, on(v)])),
    async move({ from, to }, refused) {
      held.calls.push(`move ${from}->${to}`);
      if (from === options.stuck) return 0;
      const kept = options.refuse?.value === from ? options.refuse.count : 0;
      for (let i = 0; i < kept; i++) refused({ record: `r${i}`, reason: options.refuse!.reason });
      const moving = on(from) - kept;
      held.records.set(from, kept);
      held.records.set(to, on(to) + moving);
      return moving;
    },
    verify: async (values) => new Map(values.map((v) => [v, on(v)])),
    ...(options.unmovable ? { unmovable: { reason: "converted-lead" as const, count: async (values: readonly string[]) => new Map(values.map((v) => [v, options.unmovable!])) } } : {}),
  };
  const target: ValueTarget = {
    records,
    async deploy(values) {
      held.calls.push(`deploy ${values.join(",")}`);
      const stranded = held.values.filter((v) => !values.includes(v) && on(v) > 0);
      if (stranded.length > 0) throw new Error(`deploy dropped ${stranded.join(", ")} with records on them`);
      held.values = [...values];
    },
  };
  return { held, target };
}

function context(events: ProviderEvent[] = []): HandlerContext {
  return { settings: currentSettings({}), emit: (event) => events.push(event) };
}

const change = (overrides: Partial<ValueChange> = {}): ValueChange => ({
  name: "sf-value-set-lead-status",
  resource: "Salesforce value set LeadStatus (sf-value-set-lead-status)",
  crm: "salesforce",
  field: "values",
  live: ["Open", "Trending Up", "Stale"],
  desired: ["New", "Engaged"],
  replacements: [{ from: "Open", to: "New" }, { from: "Trending Up", to: "Engaged" }],
  ...overrides,
});

describe("the data-safety sequence", () => {
  it("holds retiring values while records move, verifies, then deploys the final list", async () => {
    const { held, target } = fakeCrm(["Open", "Trending Up", "Stale"], new Map([["Open", 5], ["Trending Up", 4]]));
    const events: ProviderEvent[] = [];
    await applyValueChange(change(), target, context(events));
    expect(held.calls).toEqual(["deploy New,Engaged,Open,Trending Up", "move Open->New", "move Trending Up->Engaged", "deploy New,Engaged"]);
    expect(events).toEqual([
      { type: "moved", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Open", to: "New", count: 5 },
      { type: "moved", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Trending Up", to: "Engaged", count: 4 },
    ]);
  });

  it("refuses before changing anything when a value records use has no replacement", async () => {
    const { held, target } = fakeCrm(["Open", "Trending Up"], new Map([["Open", 5], ["Trending Up", 4]]));
    const refused = applyValueChange(change({ replacements: [{ from: "Open", to: "New" }] }), target, context());
    await expect(refused).rejects.toThrowErrorMatchingInlineSnapshot(`[BowtieProviderError: Salesforce value set LeadStatus (sf-value-set-lead-status) (values): retiring "Trending Up" (4 Lead records) would strand those records: no replacement says where they go. Fix: add retire("Trending Up", "<key>", "salesforce") to the architecture's replacements (in lifecycle, statuses or the pipeline the value belongs to; <key> is the stage or status its records move to), so Bowtie moves the records first; or keep them in the architecture. [VALUES_IN_USE]]`);
    expect(held.calls).toEqual([]);
  });

  it("keeps the retiring values in place when records are left after the move", async () => {
    const { held, target } = fakeCrm(["Open"], new Map([["Open", 5]]), { stuck: "Open" });
    await expect(applyValueChange(change({ live: ["Open"] }), target, context())).rejects.toMatchObject({ code: "RECORDS_NOT_MOVED", field: "replacements" });
    expect(held.values).toContain("Open");
  });

  it("counts records the CRM refused as not moved, with its reason, and keeps their value", async () => {
    const { held, target } = fakeCrm(["Open"], new Map([["Open", 5]]), { refuse: { value: "Open", count: 2, reason: "record is locked (VALIDATION_ERROR)" } });
    const events: ProviderEvent[] = [];
    const applied = applyValueChange(change({ live: ["Open"] }), target, context(events));
    await expect(applied).rejects.toThrowErrorMatchingInlineSnapshot(`[BowtieProviderError: Salesforce value set LeadStatus (sf-value-set-lead-status) (replacements): records are still on "Open" (2 Lead records) after moving them; the values stay in place. 2 records on "Open": the CRM said "record is locked (VALIDATION_ERROR)". Fix: check what refuses the updates in the CRM (validation rules, flows, record locks), then run \`up\` again. [RECORDS_NOT_MOVED]]`);
    expect(events).toEqual([
      { type: "moved", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Open", to: "New", count: 3 },
      { type: "not-moved", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Open", to: "New", count: 2, reason: "record is locked (VALIDATION_ERROR)" },
    ]);
    expect(held.values).toContain("Open");
  });

  it("reports records the CRM never lets change, and deactivates their value", async () => {
    const { target } = fakeCrm(["Closed - Converted"], new Map(), { unmovable: 3 });
    const events: ProviderEvent[] = [];
    await applyValueChange(change({ live: ["Closed - Converted"], replacements: [] }), target, context(events));
    expect(events).toEqual([{ type: "kept-unmovable", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", value: "Closed - Converted", count: 3, reason: "converted-lead" }]);
  });

  it("previews the moves as events and changes nothing", async () => {
    const { held, target } = fakeCrm(["Open", "Trending Up"], new Map([["Open", 5]]));
    const events: ProviderEvent[] = [];
    await previewPlan(change(), target.records, context(events));
    expect(events).toEqual([{ type: "planned-move", resource: "sf-value-set-lead-status", records: "Lead", field: "Status", from: "Open", to: "New", count: 5 }]);
    expect(held.calls).toEqual([]);
  });

  it("words a HubSpot problem with HubSpot's plural object names", async () => {
    const { target } = fakeCrm(["won"], new Map([["won", 6]]));
    const records = { ...target.records, records: "contacts" };
    const refused = previewPlan(change({ name: "hs", resource: "hs", crm: "hubspot", field: "options", live: ["won"], replacements: [] }), records, context());
    await expect(refused).rejects.toThrow(`hs (options): retiring "won" (6 contacts) would strand those records: no replacement says where they go. Fix: add retire("won", "<key>", "hubspot")`);
  });

  it("no value that records use is ever removed or deactivated; a blocked plan refuses", async () => {
    await forEachCase(500, async ({ live, desired, replacements, usage }) => {
      const { held, target } = fakeCrm(live, usage);
      const planned = planValueChange({ live, desired, replacements, usage });
      const applied = applyValueChange(change({ live, desired, replacements }), target, context());
      if (planned.blocked.length > 0) {
        await expect(applied).rejects.toMatchObject({ code: "VALUES_IN_USE" });
        expect(held.calls).toEqual([]);
        return;
      }
      await applied;
      expect(held.values).toEqual(desired);
      for (const value of live.filter((v) => !desired.includes(v))) expect(held.records.get(value) ?? 0).toBe(0);
    });
  });

  it("a value whose records a move leaves behind stays in place", async () => {
    await forEachCase(500, async ({ live, desired, replacements, usage }) => {
      const plan = planValueChange({ live, desired, replacements, usage });
      const stuck = plan.moves[0]?.from;
      if (stuck === undefined || plan.blocked.length > 0) return;
      const { held, target } = fakeCrm(live, usage, { stuck });
      await expect(applyValueChange(change({ live, desired, replacements }), target, context())).rejects.toMatchObject({ code: "RECORDS_NOT_MOVED" });
      expect(held.values).toContain(stuck);
    });
  });
});
