/**
 * Errors a provider raises carry what a user needs: which resource, which field, what went wrong
 * in CRM terms, and how to fix it. Messages never contain credentials: they are redacted at the
 * point where CRM responses are turned into errors (see `redactSecrets`).
 */
export class BowtieProviderError extends Error {
  readonly resource: string;
  readonly field?: string;
  readonly code: string;
  readonly fix?: string;
  /** True when retrying the same call may succeed (rate limits, 5xx, timeouts). */
  readonly transient: boolean;
  /** Server-advised wait before a retry, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(args: {
    resource: string;
    code: string;
    message: string;
    field?: string;
    fix?: string;
    transient?: boolean;
    retryAfterMs?: number;
  }) {
    const where = args.field ? `${args.resource} (${args.field})` : args.resource;
    super(`${where}: ${args.message}${args.fix ? ` Fix: ${args.fix}` : ""} [${args.code}]`);
    this.name = "BowtieProviderError";
    this.resource = args.resource;
    this.field = args.field;
    this.code = args.code;
    this.fix = args.fix;
    this.transient = args.transient ?? false;
    this.retryAfterMs = args.retryAfterMs;
  }
}

export function isBowtieProviderError(err: unknown): err is BowtieProviderError {
  return err instanceof BowtieProviderError;
}

/** Replaces every occurrence of each secret (4+ chars) in `text` with `[redacted]`. */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  return out;
}
