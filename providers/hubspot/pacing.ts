/**
 * One pace for every HubSpot call this process makes with one token (the limits are per private app
 * and portal, and every resource of a Pulumi run shares the provider process). It keeps each call
 * inside three budgets:
 *   - the rolling ten-second window, learnt from `X-HubSpot-RateLimit-Max`, `-Interval-Milliseconds`
 *     and `-Remaining` (100 on Free and Starter portals, 190 on Professional and Enterprise; 100 is
 *     assumed until a reply says otherwise), counting what other integrations used of it;
 *   - the CRM search endpoints' five requests per second (their replies carry no headers);
 *   - the day, from `X-HubSpot-RateLimit-Daily-Remaining`: at zero, calls stop before HubSpot refuses
 *     them (for a minute; then one call may go to see whether the limit was reset or raised).
 * A 429 that still comes holds every call of the portal for the wait it advertises. Waits are timers,
 * so they never hold up anything else the process does (the Salesforce resources of the same run).
 */
import { createHash } from "node:crypto";

/** Which budgets a call draws on: every call the ten-second window and the day, a search also the search limit. */
export type PaceLane = "standard" | "search";

/** Thrown instead of sending a call when HubSpot said the day's budget is used up. */
export class DailyBudgetUsed extends Error {
  constructor() {
    super("HubSpot reported no requests left in this portal's daily API limit; Bowtie sent none further.");
    this.name = "DailyBudgetUsed";
  }
}

interface Window {
  limit: number;
  /** The window plus a margin for the time requests travel (HubSpot counts them on arrival). */
  spanMs: number;
  sent: number[];
}

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: PaceClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

const travelMarginMs = 250;
const dailyRecheckMs = 60_000;
const searchMarginMs = 150;

/** What HubSpot's limits are before any reply says: the lower tier's window, five searches a second. */
export const assumedLimits = { tenSecondly: 100, intervalMs: 10_000, searchPerSecond: 5 };

const headerNumber = (headers: Record<string, string>, name: string): number | undefined => {
  const value = Number(headers[name]);
  return headers[name] !== undefined && Number.isFinite(value) ? value : undefined;
};

function waitFor(window: Window, now: number): number {
  while (window.sent.length > 0 && window.sent[0]! <= now - window.spanMs) window.sent.shift();
  return window.sent.length < window.limit ? 0 : window.sent[0]! + window.spanMs - now;
}

export class PortalPacer {
  private readonly standard: Window = { limit: assumedLimits.tenSecondly, spanMs: assumedLimits.intervalMs + travelMarginMs, sent: [] };
  private readonly search: Window = { limit: assumedLimits.searchPerSecond, spanMs: 1000 + searchMarginMs, sent: [] };
  private dailyRemaining: number | undefined;
  private dailyReadAt = 0;
  private heldUntil = 0;

  constructor(private readonly clock: PaceClock = systemClock) {}

  /** Waits until a call of `lane` fits every budget, then counts it. Throws `DailyBudgetUsed` when the day is used up. */
  async acquire(lane: PaceLane): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (this.dailyRemaining !== undefined && this.dailyRemaining <= 0) {
        if (now - this.dailyReadAt < dailyRecheckMs) throw new DailyBudgetUsed();
        this.dailyRemaining = undefined;
      }
      const wait = Math.max(this.heldUntil - now, waitFor(this.standard, now), lane === "search" ? waitFor(this.search, now) : 0);
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    const now = this.clock.now();
    this.standard.sent.push(now);
    if (lane === "search") this.search.sent.push(now);
    if (this.dailyRemaining !== undefined) this.dailyRemaining -= 1;
  }

  /**
   * Learns from a reply's (lower-cased) `X-HubSpot-RateLimit-*` headers: the window's size and
   * length, and how much of it is used, including by other integrations, which this process cannot
   * see otherwise; and what is left of the day.
   */
  observe(headers: Record<string, string>): void {
    const max = headerNumber(headers, "x-hubspot-ratelimit-max");
    const interval = headerNumber(headers, "x-hubspot-ratelimit-interval-milliseconds");
    const remaining = headerNumber(headers, "x-hubspot-ratelimit-remaining");
    const daily = headerNumber(headers, "x-hubspot-ratelimit-daily-remaining");
    if (daily !== undefined) {
      this.dailyRemaining = daily;
      this.dailyReadAt = this.clock.now();
    }
    if (max === undefined || max <= 0) return;
    this.standard.limit = max;
    if (interval !== undefined && interval > 0) this.standard.spanMs = interval + travelMarginMs;
    if (remaining === undefined) return;
    const now = this.clock.now();
    waitFor(this.standard, now);
    const usedElsewhere = max - remaining - this.standard.sent.length;
    for (let i = 0; i < usedElsewhere; i++) this.standard.sent.push(now);
  }

  /** A 429 came anyway: no call of this portal goes out for `ms`. */
  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.clock.now() + ms);
  }
}

const pacers = new Map<string, PortalPacer>();

/** The process's pacer for the portal `token` opens (keyed by a hash: the token itself is kept nowhere). */
export function pacerFor(token: string): PortalPacer {
  const key = createHash("sha256").update(token).digest("hex");
  let pacer = pacers.get(key);
  if (!pacer) pacers.set(key, (pacer = new PortalPacer()));
  return pacer;
}

/** The lane of a call to `path` (a URL or a path): the CRM search endpoints have their own limit. */
export function laneOf(path: string): PaceLane {
  const pathname = /^https?:/.test(path) ? new URL(path).pathname : path.split("?")[0]!;
  return /\/crm\/v3\/objects\/[^/]+\/search\/?$/.test(pathname) ? "search" : "standard";
}
