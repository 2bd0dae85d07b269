import { describe, expect, it } from "vitest";
import { KeyAllocator, slug } from "../../../lifecycle/import/keys";
import { keySchema } from "../../../lifecycle/schema";

describe("import keys", () => {
  it("derives snake_case keys from CRM labels and values", () => {
    expect(slug("Closed - Not Converted")).toBe("closed_not_converted");
    expect(slug("Id. Decision Makers")).toBe("id_decision_makers");
    expect(slug("Proposal/Price Quote")).toBe("proposal_price_quote");
    expect(slug("Décision prise")).toBe("decision_prise");
    expect(slug("120 Days Out")).toBeUndefined();
    expect(slug("A very long label that goes on and on")).toBe("a_very_long_label_that");
  });

  it("hands out valid keys, unique within a list, falling back to the value and then to a counter", () => {
    const keys = new KeyAllocator("stage");
    const out = [keys.key("Won"), keys.key("Won"), keys.key("120 Days Out", "renewal_120_days"), keys.key("90", "7"), keys.key("Supercalifragilistic expialidocious")];
    expect(out).toEqual(["won", "won_2", "renewal_120_days", "stage_4", "supercalifragilistic"]);
    for (const key of out) expect(keySchema.safeParse(key).success).toBe(true);
    const long = new KeyAllocator("x");
    expect([long.key("abcdefghijklmnopqrstuvwx"), long.key("abcdefghijklmnopqrstuvwx")]).toEqual(["abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuv_2"]);
  });
});
