import { describe, expect, it } from "vitest";
import { DailyBudgetUsed, laneOf, PortalPacer, type PaceClock } from "../../../providers/hubspot/pacing";

/** A clock that only moves when something sleeps. */
function fakeClock(): PaceClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

const headers = (max: number, remaining: number, daily?: number) => ({
  "x-hubspot-ratelimit-max": String(max),
  "x-hubspot-ratelimit-remaining": String(remaining),
  "x-hubspot-ratelimit-interval-milliseconds": "10000",
  ...(daily === undefined ? {} : { "x-hubspot-ratelimit-daily-remaining": String(daily) }),
});

async function sendTimes(pacer: PortalPacer, clock: PaceClock, lane: "standard" | "search", n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await pacer.acquire(lane);
    times.push(clock.now());
  }
  return times;
}

describe("the portal pacer", () => {
  it("lets five searches a second through (with a margin for travel time)", async () => {
    const clock = fakeClock();
    const times = await sendTimes(new PortalPacer(clock), clock, "search", 11);
    expect(times).toEqual([0, 0, 0, 0, 0, 1150, 1150, 1150, 1150, 1150, 2300]);
  });

  it("assumes the lower tier's 100 per 10 s until the headers say 190", async () => {
    const clock = fakeClock();
    const pacer = new PortalPacer(clock);
    expect((await sendTimes(pacer, clock, "standard", 101)).at(-1)).toBe(10_250);
    const learntClock = fakeClock();
    const fast = new PortalPacer(learntClock);
    fast.observe(headers(190, 190));
    expect((await sendTimes(fast, learntClock, "standard", 190)).at(-1)).toBe(0);
  });

  it("counts what other integrations used of the window", async () => {
    const clock = fakeClock();
    const pacer = new PortalPacer(clock);
    pacer.observe(headers(100, 10));
    const times = await sendTimes(pacer, clock, "standard", 11);
    expect(times.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(times[10]).toBe(10_250);
  });

  it("stops at the end of the day's budget, and holds every call after a 429", async () => {
    const clock = fakeClock();
    const pacer = new PortalPacer(clock);
    pacer.observe(headers(100, 99, 2));
    await sendTimes(pacer, clock, "standard", 2);
    await expect(pacer.acquire("standard")).rejects.toBeInstanceOf(DailyBudgetUsed);
    await clock.sleep(60_000);
    await expect(pacer.acquire("standard")).resolves.toBeUndefined();
    const held = new PortalPacer(clock);
    held.hold(10_000);
    const before = clock.now();
    await held.acquire("search");
    expect(clock.now() - before).toBe(10_000);
  });

  it("tells search endpoints from the rest", () => {
    expect(laneOf("https://api.hubapi.com/crm/v3/objects/contacts/search")).toBe("search");
    expect(laneOf("/crm/v3/objects/deals/search")).toBe("search");
    expect(laneOf("/crm/v3/objects/deals/batch/update")).toBe("standard");
    expect(laneOf("/automation/v4/flows?limit=100")).toBe("standard");
  });
});
