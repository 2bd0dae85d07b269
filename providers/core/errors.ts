/**
 * Errors a provider raises carry what a user needs: which resource, which field, what went wrong
 * in CRM terms, what the CRM itself said, and how to fix it. They are data (`ProviderErrorData`);
 * the sentence is `describeError`'s. Messages never contain credentials: they are redacted where
 * CRM responses are turned into errors, and again when an error leaves the provider process.
 */
import { dataLine, readDataLines } from "./data-line";
import { describeError } from "./describe";

/** A provider error as data: what crosses the process boundary and what the CLI renders. */
export interface ProviderErrorData {
  /** Bowtie's code for the failure, or the CRM's own (`VALUE_IN_USE`, `HUBSPOT_UNREACHABLE`). */
  code: string;
  /** The resource, in the user's terms. */
  resource: string;
  field?: string;
  /** What went wrong, in Bowtie's words. */
  message: string;
  fix?: string;
  /** The CRM's own message, when Bowtie's `message` stands in for it. */
  cause?: string;
}

export class BowtieProviderError extends Error {
  readonly resource: string;
  readonly field?: string;
  readonly code: string;
  readonly fix?: string;
  /** What went wrong, without where, fix or code (`message` is the whole sentence). */
  readonly detail: string;
  /** The CRM's own message, when `detail` stands in for it. */
  override readonly cause?: string;
  /** True when retrying the same call may succeed (rate limits, 5xx, timeouts). */
  readonly transient: boolean;
  /** Server-advised wait before a retry, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(args: ProviderErrorData & { transient?: boolean; retryAfterMs?: number }) {
    super(describeError(args));
    this.name = "BowtieProviderError";
    this.resource = args.resource;
    this.field = args.field;
    this.code = args.code;
    this.fix = args.fix;
    this.detail = args.message;
    this.cause = args.cause;
    this.transient = args.transient ?? false;
    this.retryAfterMs = args.retryAfterMs;
  }

  /** The error as data (no retry bookkeeping: that stays in the provider process). */
  toData(): ProviderErrorData {
    const { code, resource, field, detail: message, fix, cause } = this;
    const data = { code, resource, field, message, fix, cause };
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as unknown as ProviderErrorData;
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

const MARK = "bowtie-error";

/** An error's text across the process boundary: the sentence a `pulumi` user reads, then the data line. */
export function encodeError(error: ProviderErrorData): string {
  return `${describeError(error)}\n${dataLine(MARK, error)}`;
}

function isProviderErrorData(value: unknown): value is ProviderErrorData {
  const error = value as Partial<ProviderErrorData> | null;
  return typeof error?.code === "string" && typeof error.resource === "string" && typeof error.message === "string";
}

/**
 * Every provider error in a block of engine output, each once, in order of first appearance (the
 * engine repeats an error's message in its summary and in the provider's stack trace).
 */
export function decodeErrors(text: string): ProviderErrorData[] {
  const seen = new Map<string, ProviderErrorData>();
  for (const error of readDataLines(text, MARK, isProviderErrorData)) seen.set(JSON.stringify(error), error);
  return [...seen.values()];
}

/**
 * What a provider method throws to the engine, which passes on only the message: a Bowtie error
 * becomes its encoding (sentence and data line), any other error its message. Every text field is
 * redacted of `secrets` before it is encoded, so no secret survives in either line.
 */
export function errorForEngine(error: unknown, secrets: Array<string | undefined>): Error {
  if (!(error instanceof BowtieProviderError)) return new Error(redactSecrets(error instanceof Error ? error.message : String(error), secrets));
  const data = error.toData();
  const redacted = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, redactSecrets(value as string, secrets)])) as unknown as ProviderErrorData;
  return new Error(encodeError(redacted));
}
