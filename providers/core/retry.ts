import { isBowtieProviderError, type BowtieProviderError } from "./errors";

export interface RetryPolicy {
  /** Total attempts, including the first. */
  attempts: number;
  /** First backoff; doubles each retry, with jitter, capped at `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Called before each retry, with the transient error that caused it. */
  onRetry?: (info: { attempt: number; delayMs: number; error: BowtieProviderError }) => void;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, retrying errors marked transient (`BowtieProviderError.transient`). A server-advised
 * wait (`retryAfterMs`, e.g. from Retry-After or a rate-limit window) wins over the computed backoff.
 * Non-transient errors are rethrown at once.
 */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isBowtieProviderError(error) || !error.transient || attempt >= policy.attempts) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delayMs = error.retryAfterMs ?? Math.round(backoff * (0.75 + Math.random() * 0.5));
      policy.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
