/**
 * HubSpot's two private-app limits: a rolling ten-second window and a daily count. Every
 * authenticated reply carries the `X-HubSpot-RateLimit-*` headers; over a limit the reply is 429
 * with `policyName` TEN_SECONDLY_ROLLING or DAILY. HubSpot sends no Retry-After on these.
 */
import { randomUUID } from "node:crypto";
import type { HubSpotReply } from "./http";

export interface RateLimitOptions {
  /** Requests allowed per rolling window (HubSpot: 100 or 190 per 10 s). */
  tenSecondly: number;
  /** Requests allowed per day (HubSpot: 250,000 and up). */
  daily: number;
  /** Window length; 10,000 ms at HubSpot, shorter in tests. */
  intervalMs: number;
}

export const defaultRateLimits: RateLimitOptions = { tenSecondly: 190, daily: 500_000, intervalMs: 10_000 };

export type RateLimitPolicy = "TEN_SECONDLY_ROLLING" | "DAILY";

/** The 429 body HubSpot sends when a policy is exceeded. */
export function rateLimitBody(policy: RateLimitPolicy): Record<string, unknown> {
  return {
    status: "error",
    message: policy === "DAILY" ? "You have reached your daily limit." : "You have reached your ten_secondly_rolling limit.",
    errorType: "RATE_LIMIT",
    correlationId: randomUUID(),
    category: "RATE_LIMITS",
    policyName: policy,
    requestId: randomUUID(),
  };
}

export class RateLimiter {
  private window: number[] = [];
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
    this.dailyCount = 0;
  }

  /** Counts one request; answers the 429 reply when a limit is exceeded, and the headers either way. */
  take(nowMs = Date.now()): { headers: Record<string, string>; rejected?: HubSpotReply } {
    const today = new Date(nowMs).toISOString().slice(0, 10);
    if (today !== this.day) {
      this.day = today;
      this.dailyCount = 0;
    }
    this.window = this.window.filter((t) => t > nowMs - this.limits.intervalMs);
    const policy: RateLimitPolicy | undefined =
      this.dailyCount >= this.limits.daily ? "DAILY" : this.window.length >= this.limits.tenSecondly ? "TEN_SECONDLY_ROLLING" : undefined;
    if (!policy) {
      this.window.push(nowMs);
      this.dailyCount += 1;
    }
    const headers = this.headers();
    return policy ? { headers, rejected: { status: 429, body: rateLimitBody(policy), headers } } : { headers };
  }

  private headers(): Record<string, string> {
    const { daily, tenSecondly, intervalMs } = this.limits;
    const perSecond = Math.max(1, Math.round(tenSecondly / (intervalMs / 1000)));
    return {
      "X-HubSpot-RateLimit-Daily": String(daily),
      "X-HubSpot-RateLimit-Daily-Remaining": String(Math.max(0, daily - this.dailyCount)),
      "X-HubSpot-RateLimit-Interval-Milliseconds": String(intervalMs),
      "X-HubSpot-RateLimit-Max": String(tenSecondly),
      "X-HubSpot-RateLimit-Remaining": String(Math.max(0, tenSecondly - this.window.length)),
      "X-HubSpot-RateLimit-Secondly": String(perSecond),
      "X-HubSpot-RateLimit-Secondly-Remaining": String(Math.max(0, perSecond - this.window.filter((t) => t > Date.now() - 1000).length)),
    };
  }
}
