import { isBowtieProviderError } from "./errors";

export interface RetryPolicy {
  /** Total attempts, including the first. */
  attempts: number;
  /** First backoff; doubles each retry, with jitter, capped at `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry?: (info: { attempt: number; delayMs: number; error: Error }) => void;
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

/** Splits `items` into chunks of at most `size` (Salesforce Metadata calls take at most 10 components). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
