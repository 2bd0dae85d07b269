/**
 * Fault injection: a fault matches requests by method and path pattern, adds latency and/or
 * answers a status, for its next `times` matches (forever when omitted). Set through the admin
 * endpoint so another process (a test, the CLI) can break a running sandbox.
 */
import { errorBody, type SandboxReply } from "./http";
import { rateLimitBody, type RateLimitPolicy } from "./limits";

export interface SandboxFault {
  /** Regular expression tested against the request path (without query). */
  path: string;
  method?: string;
  /** Status to answer instead of serving the request. Omit for latency only. */
  status?: number;
  /** For a 429: which policy the body names. Defaults to TEN_SECONDLY_ROLLING. */
  policyName?: RateLimitPolicy;
  body?: unknown;
  headers?: Record<string, string>;
  latencyMs?: number;
  /** How many matching requests it applies to; unlimited when omitted. */
  times?: number;
}

function faultBody(fault: SandboxFault): unknown {
  if (fault.body !== undefined) return fault.body;
  if (fault.status === 429) return rateLimitBody(fault.policyName ?? "TEN_SECONDLY_ROLLING");
  const category = fault.status === 401 ? "INVALID_AUTHENTICATION" : fault.status! >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
  return errorBody({ message: `Injected fault: HTTP ${fault.status}`, category });
}

export class FaultInjector {
  private faults: SandboxFault[] = [];

  add(faults: SandboxFault[]): void {
    for (const fault of faults) {
      new RegExp(fault.path);
      this.faults.push({ ...fault });
    }
  }

  clear(): void {
    this.faults = [];
  }

  list(): SandboxFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Consumes the first matching fault: its latency and, if it has a status, the reply to send. */
  take(method: string, path: string): { latencyMs: number; reply?: SandboxReply } | undefined {
    const index = this.faults.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && new RegExp(f.path).test(path));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    const reply = fault.status ? { status: fault.status, body: faultBody(fault), headers: fault.headers } : undefined;
    return { latencyMs: fault.latencyMs ?? 0, reply };
  }
}
