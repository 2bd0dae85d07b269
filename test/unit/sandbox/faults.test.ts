import { describe, expect, it } from "vitest";
import { FaultTable, type Fault } from "../../../sandbox/common/faults";

const table = (...faults: Fault[]) => {
  const faultTable = new FaultTable<Fault>();
  faultTable.add(faults);
  return faultTable;
};

describe("the fault table", () => {
  it("tests the path as an unanchored regular expression, without the query string", () => {
    const faults = table({ path: "/query", status: 503 }, { path: "^/crm/v3/pipelines$", status: 429 });
    expect(faults.tryTake("GET", "/services/data/v62.0/query")?.status).toBe(503);
    expect(faults.tryTake("GET", "/services/data/v62.0/queryAll")?.status).toBe(503);
    expect(faults.tryTake("GET", "/crm/v3/pipelines")?.status).toBe(429);
    expect(faults.tryTake("GET", "/crm/v3/pipelines/deals")).toBeUndefined();
  });

  it("matches the method case-insensitively, any method when omitted", () => {
    const faults = table({ path: "flows", method: "get", status: 500 });
    expect(faults.tryTake("POST", "/automation/v4/flows")).toBeUndefined();
    expect(faults.tryTake("GET", "/automation/v4/flows")?.status).toBe(500);
  });

  it("applies to its next `times` matches, then is gone; without `times` until cleared", () => {
    const faults = table({ path: "a", status: 500, times: 2 }, { path: "a", latencyMs: 5 });
    expect(faults.tryTake("GET", "/a")?.status).toBe(500);
    expect(faults.list()).toEqual([{ path: "a", status: 500, times: 1 }, { path: "a", latencyMs: 5 }]);
    expect(faults.tryTake("GET", "/a")?.status).toBe(500);
    expect(faults.tryTake("GET", "/a")).toEqual({ path: "a", latencyMs: 5 });
    expect(faults.tryTake("GET", "/a")).toEqual({ path: "a", latencyMs: 5 });
    faults.clear();
    expect(faults.tryTake("GET", "/a")).toBeUndefined();
  });

  it("refuses a fault without a path or with a path that is not a regular expression, adding none of the batch", () => {
    const faults = table();
    expect(() => faults.add([{ path: "ok" }, { path: "(" }])).toThrow(/Invalid regular expression/);
    expect(() => faults.add([{} as Fault])).toThrow("Every fault needs a path pattern");
    expect(faults.list()).toEqual([]);
  });

  it("hands out copies: changing one changes nothing in the table", () => {
    const faults = table({ path: "a", status: 500 });
    faults.list()[0]!.status = 200;
    faults.tryTake("GET", "/a")!.status = 200;
    expect(faults.list()).toEqual([{ path: "a", status: 500 }]);
  });
});
