import { describe, expect, it } from "vitest";
import { mergePicklistValues } from "../../../sandbox/salesforce/metadata/picklists";
import { evaluate } from "../../../sandbox/salesforce/soql-eval";
import { parseSoql, SoqlError } from "../../../sandbox/salesforce/soql";

describe("sandbox picklist deploy semantics", () => {
  it("keeps omitted values, deactivated, after the deployed ones; isActive only when false", () => {
    const existing = [{ fullName: "A", label: "A" }, { fullName: "B", label: "B" }, { fullName: "C", label: "C", isActive: false }];
    const merged = mergePicklistValues(existing, [{ fullName: "C", label: "C2", isActive: true }, { fullName: "D", label: "D" }]);
    expect(merged).toEqual([
      { fullName: "C", label: "C2" },
      { fullName: "D", label: "D" },
      { fullName: "A", label: "A", isActive: false },
      { fullName: "B", label: "B", isActive: false },
    ]);
  });
});

describe("sandbox SOQL", () => {
  const rows = [
    { Id: "1", Status: "Open", Company: "Acme" },
    { Id: "2", Status: "Open", Company: "Globex" },
    { Id: "3", Status: "It's done", Company: "Initech" },
  ];

  it("parses the subset the providers use", () => {
    expect(parseSoql("SELECT Status, COUNT(Id) total FROM Lead WHERE Status IN ('Open', 'It\\'s done') GROUP BY Status")).toEqual({
      select: [{ kind: "field", field: "Status" }, { kind: "count", field: "Id", alias: "total" }],
      from: "Lead",
      where: { kind: "in", field: "Status", negated: false, values: ["Open", "It's done"] },
      groupBy: ["Status"],
    });
  });

  it("groups and counts, filters with AND/OR/NOT IN, limits", () => {
    const grouped = evaluate(parseSoql("SELECT Status, COUNT(Id) total FROM Lead GROUP BY Status"), rows);
    expect(grouped.records.map((r) => [r.Status, r.total])).toEqual([["Open", 2], ["It's done", 1]]);
    expect(evaluate(parseSoql("SELECT COUNT() FROM Lead WHERE Status = 'Open' AND (Company = 'Acme' OR Company LIKE 'Glo%')"), rows).totalSize).toBe(2);
    expect(evaluate(parseSoql("SELECT Id FROM Lead WHERE Status NOT IN ('Open') LIMIT 5"), rows).records.map((r) => r.Id)).toEqual(["3"]);
    expect(evaluate(parseSoql("SELECT Id FROM Lead ORDER BY Company DESC LIMIT 1"), rows).records.map((r) => r.Id)).toEqual(["3"]);
  });

  it("rejects what it does not understand", () => {
    expect(() => parseSoql("SELECT FROM Lead")).toThrow(SoqlError);
    expect(() => parseSoql("SELECT Id FROM Lead WHERE Status ~ 'x'")).toThrow(SoqlError);
  });
});
