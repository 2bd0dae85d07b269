import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffSpec } from "../../../providers/core/diff";
import { openPort } from "../../../providers/salesforce/port";
import { upsertRules } from "../../../providers/salesforce/validation-rule/api";
import { validationRuleHandler } from "../../../providers/salesforce/validation-rule/handler";
import { validationRuleSpec } from "./builders";
import { withDropOffField, startHarness, type Harness } from "./harness";
import { validationRuleKind } from "../../../providers/salesforce/validation-rule";
import { checkKind } from "../../../providers/operations";
import { createKind } from "../../../providers/operations";

describe("salesforce:validation-rule against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
    await withDropOffField(h);
  });
  afterEach(() => h.sandbox.close());

  it("creates, reads without drift, and deletes a rule", async () => {
    const spec = validationRuleSpec();
    const { id, outs } = await createKind(validationRuleKind, spec, h.ctx);
    expect(id).toBe("Lead.Drop_Off_Reason_Required");
    expect(diffSpec(validationRuleKind.descriptor, (await validationRuleHandler.read(id, outs, h.ctx))!, spec).changes).toBe(false);
    await validationRuleHandler.delete(id, outs, h.ctx);
    expect(await validationRuleHandler.read(id, outs, h.ctx)).toBeUndefined();
    await validationRuleHandler.delete(id, outs, h.ctx);
  });

  it("adopts an existing rule, and reports one switched off by another client as drift", async () => {
    const spec = validationRuleSpec({ object: "Opportunity", ruleName: "Amount_Required_On_Proposal", errorConditionFormula: 'AND(ISPICKVAL(StageName, "Closed Lost"), ISBLANK(Description))', errorDisplayField: "Description" });
    await createKind(validationRuleKind, spec, h.ctx);
    const conn = await h.other();
    const rule = (await conn.metadata.read("ValidationRule", "Opportunity.Amount_Required_On_Proposal")) as unknown as Record<string, unknown>;
    await conn.metadata.update("ValidationRule", { ...rule, fullName: "Opportunity.Amount_Required_On_Proposal", active: false } as never);
    const live = (await validationRuleHandler.read(spec.name, spec, h.ctx))!;
    expect(live.active).toBe(false);
    expect(diffSpec(validationRuleKind.descriptor, live, spec).changed).toEqual(["active"]);
    await validationRuleHandler.update(spec.name, live, spec, h.ctx);
    expect((await validationRuleHandler.read(spec.name, spec, h.ctx))!.active).toBe(true);
  });

  it("splits more than 10 components into Metadata calls of at most 10", async () => {
    const rules = Array.from({ length: 23 }, (_, i) => validationRuleSpec({ ruleName: `Rule_${i}` }));
    h.sandbox.clearRequests();
    await upsertRules(openPort(h.ctx, "batch", "batch"), rules);
    const port = openPort(h.ctx, "batch", "batch");
    const read = await port.readMetadata("ValidationRule", rules.map((r) => `Lead.${r.ruleName}`));
    expect(read.every((record) => record !== undefined)).toBe(true);
    const calls = h.sandbox.requests().filter((r) => r.operation);
    expect(calls.map((c) => [c.operation, c.components])).toEqual([
      ["readMetadata", 10], ["readMetadata", 10], ["readMetadata", 3],
      ["upsertMetadata", 10], ["upsertMetadata", 10], ["upsertMetadata", 3],
      ["readMetadata", 10], ["readMetadata", 10], ["readMetadata", 3],
    ]);
  });

  it("the sandbox refuses more than 10 components in one call, as Salesforce does", async () => {
    const conn = await h.other();
    const names = Array.from({ length: 11 }, (_, i) => `Lead.Rule_${i}`);
    await expect(conn.metadata.read("ValidationRule", names)).rejects.toMatchObject({ errorCode: "sf:EXCEEDED_ID_LIMIT" });
  });

  it("check reports bad names and missing formula", () => {
    expect(checkKind(validationRuleKind, validationRuleSpec({ ruleName: "Bad__Name", errorConditionFormula: "" }))).toMatchInlineSnapshot(`
      [
        {
          "property": "ruleName",
          "reason": "letters, digits and single underscores, starting with a letter",
        },
        {
          "property": "errorConditionFormula",
          "reason": "a rule needs a formula",
        },
      ]
    `);
  });
});
