import { describe, expect, it } from "vitest";
import { diffKeyedList } from "../../../providers/core/changes";

const list = (...keys: string[]) => keys.map((key) => ({ key, label: key.toUpperCase() }));
const summary = (before: string[], after: string[]) =>
  diffKeyedList(list(...before), list(...after), (i) => i.key).map((c) => `${c.action} ${c.key}${c.action === "modify" ? ` ${c.fields.join(",")}` : ""}`);

describe("diffKeyedList", () => {
  it("is empty for equal lists", () => {
    expect(summary(["a", "b", "c"], ["a", "b", "c"])).toEqual([]);
  });

  it("reports an insertion or a removal without moving the items after it", () => {
    expect(summary(["a", "c", "d", "e"], ["a", "b", "c", "d", "e"])).toEqual(["add b"]);
    expect(summary(["a", "b", "c", "d"], ["a", "c", "d"])).toEqual(["remove b"]);
  });

  it("reports a moved item as a position change of that item only", () => {
    expect(summary(["a", "b", "c", "d"], ["a", "c", "d", "b"])).toEqual(["modify b position"]);
  });

  it("reports field changes and leaves the inputs untouched", () => {
    const before = list("a", "b");
    const after = [{ key: "a", label: "Alpha" }, { key: "b", label: "B" }];
    const copy = structuredClone(before);
    expect(diffKeyedList(before, after, (i) => i.key)).toEqual([{ action: "modify", key: "a", before: before[0], after: after[0], fields: ["label"] }]);
    expect(before).toEqual(copy);
  });
});
