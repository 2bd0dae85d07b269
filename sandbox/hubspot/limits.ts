/**
 * HubSpot's limits for one private app: a rolling ten-second window (100 requests on Free and
 * Starter portals, 190 on Professional and Enterprise), a daily count, and for the CRM search
 * endpoints five requests per second. Every authenticated reply but a search reply carries the
 * `X-HubSpot-RateLimit-*` headers; over a limit the reply is 429 with `policyName`
 * TEN_SECONDLY_ROLLING, DAILY or (search) SECONDLY. HubSpot sends no Retry-After on these.
 * Search requests also count toward the ten-second window and the day (HubSpot does not say they
 * are exempt, so the sandbox takes the stricter reading).
 */
import { randomUUID } from "node:crypto";
import type { HubSpotReply } from "./http";

export interface RateLimitOptions {
  /** Requests allowed per rolling window: 100 (Free, Starter) or 190 (Professional, Enterprise) per 10 s. */
  tenSecondly: number;
  /** Requests allowed per day (HubSpot: 250,000 and up). */
  daily: number;
  /** Window length; 10,000 ms at HubSpot, shorter in tests. */
  intervalMs: number;
  /** CRM search requests allowed per rolling second (HubSpot: 5). */
  searchPerSecond: number;
}

export const defaultRateLimits: RateLimitOptions = { tenSecondly: 190, daily: 500_000, intervalMs: 10_000, searchPerSecond: 5 };

export type RateLimitPolicy = "TEN_SECONDLY_ROLLING" | "DAILY" | "SECONDLY";

/** Which limits a request counts against. */
export type RequestLane = "standard" | "search";

const messages: Record<RateLimitPolicy, string> = {
  DAILY: "You have reached your daily limit.",
  TEN_SECONDLY_ROLLING: "You have reached your ten_secondly_rolling limit.",
  SECONDLY: "You have reached your secondly limit.",
};

/** The 429 body HubSpot sends when a policy is exceeded. */
export function rateLimitBody(policy: RateLimitPolicy): Record<string, unknown> {
  return { status: "error", message: messages[policy], errorType: "RATE_LIMIT", correlationId: randomUUID(), category: "RATE_LIMITS", policyName: policy, requestId: randomUUID() };
}

const secondMs = 1000;

export class RateLimiter {
  private window: number[] = [];
  private searches: number[] = [];
  private dailyCount = 0;
  private day = new Date().toISOString().slice(0, 10);

  private readonly initial: RateLimitOptions;

  constructor(public limits: RateLimitOptions) {
    this.initial = { ...limits };
  }

  /** Clears the counters; `limits` adjusts the current limits, `"initial"` restores the configured ones. */
  reset(limits: Partial<RateLimitOptions> | "initial" = {}): void {
    this.limits = limits === "initial" ? { ...this.initial } : { ...this.limits, ...limits };
    this.window = [];
    this.searches = [];
    this.dailyCount = 0;
  }

  /** Counts one request; answers the 429 reply when a limit is exceeded, and the headers either way (none on search). */
  take(lane: RequestLane, nowMs = Date.now()): { headers: Record<string, string>; rejected?: HubSpotReply } {
    const today = new Date(nowMs).toISOString().slice(0, 10);
    if (today !== this.day) {
      this.day = today;
      this.dailyCount = 0;
    }
    this.window = this.window.filter((t) => t > nowMs - this.limits.intervalMs);
    this.searches = this.searches.filter((t) => t > nowMs - secondMs);
    const policy = this.exceeded(lane);
    if (!policy) {
      this.window.push(nowMs);
      this.dailyCount += 1;
      if (lane === "search") this.searches.push(nowMs);
    }
    const headers = lane === "search" ? {} : this.headers(nowMs);
    return policy ? { headers, rejected: { status: 429, body: rateLimitBody(policy), headers } } : { headers };
  }

  private exceeded(lane: RequestLane): RateLimitPolicy | undefined {
    if (this.dailyCount >= this.limits.daily) return "DAILY";
    if (lane === "search" && this.searches.length >= this.limits.searchPerSecond) return "SECONDLY";
    if (this.window.length >= this.limits.tenSecondly) return "TEN_SECONDLY_ROLLING";
    return undefined;
  }

  private headers(nowMs: number): Record<string, string> {
    const { daily, tenSecondly, intervalMs } = this.limits;
    const perSecond = Math.max(1, Math.round(tenSecondly / (intervalMs / secondMs)));
    return {
      "X-HubSpot-RateLimit-Daily": String(daily),
      "X-HubSpot-RateLimit-Daily-Remaining": String(Math.max(0, daily - this.dailyCount)),
      "X-HubSpot-RateLimit-Interval-Milliseconds": String(intervalMs),
      "X-HubSpot-RateLimit-Max": String(tenSecondly),
      "X-HubSpot-RateLimit-Remaining": String(Math.max(0, tenSecondly - this.window.length)),
      "X-HubSpot-RateLimit-Secondly": String(perSecond),
      "X-HubSpot-RateLimit-Secondly-Remaining": String(Math.max(0, perSecond - this.window.filter((t) => t > nowMs - secondMs).length)),
    };
  }
}
