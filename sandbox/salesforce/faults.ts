/**
 * Faults injected into matching requests, for tests of retries, timeouts and limits. Set in-process
 * (`sandbox.injectFault`) or from another process (`POST /__sandbox/faults`).
 */
export interface FaultRule {
  /** Matches when the request path contains this text, or matches it when written as `/regex/`. */
  path: string;
  /** Only this HTTP method (any when omitted). */
  method?: string;
  /** Answer with this status instead of handling the request (latency only when omitted). */
  status?: number;
  /** Error code in the answer; defaults by status (e.g. 500 → UNKNOWN_EXCEPTION, 503 → SERVER_UNAVAILABLE). */
  errorCode?: string;
  message?: string;
  /** Delay before answering, in milliseconds. */
  latencyMs?: number;
  /** How many matching requests it applies to; every one until cleared when omitted. */
  times?: number;
}

interface ActiveFault extends FaultRule {
  id: number;
  hits: number;
}

export class FaultTable {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(rule: FaultRule): number {
    const id = this.nextId++;
    this.faults.push({ ...rule, id, hits: 0 });
    return id;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching this request, counted as used. */
  take(method: string, path: string): FaultRule | undefined {
    const fault = this.faults.find((f) => (!f.method || f.method.toUpperCase() === method) && pathMatches(f.path, path));
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.times !== undefined && fault.hits >= fault.times) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}

function pathMatches(pattern: string, path: string): boolean {
  if (pattern.length > 2 && pattern.startsWith("/") && pattern.endsWith("/")) return new RegExp(pattern.slice(1, -1)).test(path);
  return path.includes(pattern);
}

const DEFAULT_CODES: Record<number, string> = {
  400: "MALFORMED_REQUEST", 401: "INVALID_SESSION_ID", 403: "REQUEST_LIMIT_EXCEEDED", 404: "NOT_FOUND",
  429: "REQUEST_LIMIT_EXCEEDED", 500: "UNKNOWN_EXCEPTION", 502: "BAD_GATEWAY", 503: "SERVER_UNAVAILABLE",
};

export const faultCode = (fault: FaultRule): string => fault.errorCode ?? DEFAULT_CODES[fault.status ?? 500] ?? "UNKNOWN_EXCEPTION";
export const faultMessage = (fault: FaultRule): string => fault.message ?? `Injected fault (${faultCode(fault)})`;
