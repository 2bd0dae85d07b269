/**
 * Injected faults, for tests of retries, timeouts and limits. A fault matches requests by method and
 * path, waits `latencyMs` and/or answers `status` in the CRM's own error shape, for its next `times`
 * matches (every one until cleared when omitted). Set in-process or through `POST /__sandbox/faults`
 * so another process (a test, the CLI) can break a running sandbox.
 */

/** What every fault has; each CRM adds the fields of its error shape. */
export interface Fault {
  /** Regular expression tested against the request path (without the query string); not anchored. */
  path: string;
  /** Only this HTTP method (any when omitted). */
  method?: string;
  /** Answer with this status instead of serving the request. Omit for latency only. */
  status?: number;
  /** Delay before answering, in milliseconds. */
  latencyMs?: number;
  /** How many matching requests it applies to; every one until cleared when omitted. */
  times?: number;
}

export class FaultTable<F extends Fault> {
  private faults: F[] = [];

  /** Adds faults in order (the first that matches a request applies); throws when a path is not a regular expression. */
  add(faults: readonly F[]): void {
    for (const fault of faults) {
      if (typeof fault?.path !== "string") throw new TypeError("Every fault needs a path pattern");
      new RegExp(fault.path);
    }
    this.faults.push(...faults.map((fault) => ({ ...fault })));
  }

  clear(): void {
    this.faults = [];
  }

  /** The active faults; `times` counts down as they apply. */
  list(): F[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** The first fault matching this request, counted against its `times`; undefined when none matches. */
  tryTake(method: string, path: string): F | undefined {
    const index = this.faults.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && new RegExp(f.path).test(path));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    const taken = { ...fault };
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    return taken;
  }
}
