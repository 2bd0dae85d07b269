/** The per-CRM I/O that the data-safety engine (./guard.ts) runs over. */
import type { ProviderEvent } from "../events";
import type { ValueMove } from "./plan";

/** A record the CRM refused to change during a move (a 207 batch reply), with the CRM's reason. */
export interface RecordFailure {
  /** The record's id. */
  record: string;
  reason: string;
}

/**
 * The records that carry one object's values (Salesforce records of one picklist field, HubSpot
 * records of one property or pipeline). Only the records the CRM lets Bowtie change are counted,
 * moved and verified; the others are `unmovable`.
 */
export interface RecordMover {
  /** The CRM's word for the records (`Lead`, `contacts`, `deals`), for events and problems. */
  records: string;
  /** The record field that holds the value (`Status`, `lifecyclestage`, `dealstage`). */
  field: string;
  /** Per value, how many movable records carry it; a value no record carries may be missing. */
  count(values: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /**
   * Moves every movable record from `move.from` to `move.to`; returns how many the CRM confirmed
   * moved. A record the CRM refuses is passed to `refused` (and not counted); it stays on `from`.
   */
  move(move: ValueMove, refused: (failure: RecordFailure) => void): Promise<number>;
  /**
   * After the moves, right before the final deploy: movable records still on `values`, counted
   * again so that a value is removed only at zero. Exact even where the CRM's counts lag its writes
   * (HubSpot's search index: each record search still finds is read back to see its value now).
   */
  verify(values: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Records the CRM never lets anyone change (converted leads): they keep the value, which is only deactivated. */
  unmovable?: {
    reason: Extract<ProviderEvent, { type: "kept-unmovable" }>["reason"];
    count(values: readonly string[]): Promise<ReadonlyMap<string, number>>;
  };
}

/** An object whose values change: its records, and how to make the CRM hold a list of values. */
export interface ValueTarget {
  records: RecordMover;
  /**
   * Makes the CRM hold exactly `values`, in order: desired values as the spec has them, retired ones
   * as they are live, kept usable while records move. Live values not listed are retired the CRM's
   * way (Salesforce deactivates them, HubSpot removes them). May skip a write that changes nothing.
   */
  deploy(values: readonly string[]): Promise<void>;
}

/**
 * For values whose records Bowtie cannot find (a global value set: the fields that use it are not
 * known without reading every object): nothing is counted, so nothing blocks and nothing moves.
 */
export const untrackedRecords: RecordMover = {
  records: "records",
  field: "value",
  count: async () => new Map(),
  move: async () => 0,
  verify: async () => new Map(),
};
