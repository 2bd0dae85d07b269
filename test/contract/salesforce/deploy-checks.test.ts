import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SALESFORCE_API_VERSION } from "../../../providers/core/settings";
import { salesforceSandboxCredentials as creds } from "../../../sandbox/salesforce";
import { valueSetHandler } from "../../../providers/salesforce/value-set/handler";
import { leadStatusSpec } from "./builders";
import { acceptedRules, flowWithMissingField, refusedRules } from "./fixtures/real-rules";
import { deployRealOrgMetadata, recordTypes } from "./fixtures/real-org";
import { contextFor, startHarness, type Harness } from "./harness";

type SaveError = { statusCode: string; message: string; fields?: string[] };
type SaveResult = { fullName: string; success: boolean; errors?: SaveError | SaveError[] };
const asList = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
/** The first error of a SaveResult as jsforce returns it, in WSDL fields only. */
const errorOf = (result: SaveResult | undefined) => {
  const error = result?.errors ? asList(result.errors)[0] : undefined;
  return error && { statusCode: error.statusCode, message: error.message, fields: error.fields };
};

describe("the sandbox checks what Salesforce checks on deploy", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
    await deployRealOrgMetadata(await h.other());
  });
  afterEach(() => h.sandbox.close());

  it("accepts rules over standard fields, lookups, $User and ISNEW/ISCHANGED/PRIORVALUE", async () => {
    const results = asList((await (await h.other()).metadata.upsert("ValidationRule", acceptedRules as never)) as unknown as SaveResult[]);
    expect(results.map((r) => [r.fullName, r.success])).toEqual(acceptedRules.map((r) => [r.fullName, true]));
  });

  it("compiles formulas: unknown fields and lookups, $Permission/$Label, syntax, functions, argument and result types", async () => {
    const conn = await h.other();
    for (const [component, message] of refusedRules) {
      const [result] = asList((await conn.metadata.upsert("ValidationRule", component as never)) as unknown as SaveResult[]);
      expect({ fullName: result!.fullName, success: result!.success, error: errorOf(result) }).toEqual({
        fullName: component.fullName, success: false, error: { statusCode: "FIELD_INTEGRITY_EXCEPTION", message, fields: ["errorConditionFormula"] },
      });
    }
    expect(Object.keys(h.sandbox.state().metadata.ValidationRule ?? {}).filter((name) => refusedRules.some(([c]) => c.fullName === name))).toEqual([]);
  });

  it("refuses an error display field that does not exist", async () => {
    const [result] = asList((await (await h.other()).metadata.upsert("ValidationRule", { ...acceptedRules[0], errorDisplayField: "Next_Step__c" } as never)) as unknown as SaveResult[]);
    expect(errorOf(result)).toEqual({ statusCode: "FIELD_INTEGRITY_EXCEPTION", message: "Error: Field Next_Step__c does not exist. Check spelling.", fields: ["errorDisplayField"] });
  });

  it("refuses a record type whose process does not exist, and an active flow writing a missing field", async () => {
    const conn = await h.other();
    const [recordType] = asList((await conn.metadata.upsert("RecordType", { ...recordTypes[0], fullName: "Opportunity.Orphan", businessProcess: "Retired Process" } as never)) as unknown as SaveResult[]);
    expect(errorOf(recordType)).toMatchObject({ statusCode: "INVALID_CROSS_REFERENCE_KEY", message: "In field: businessProcess - no BusinessProcess named Retired Process found" });
    const [flow] = asList((await conn.metadata.upsert("Flow", flowWithMissingField as never)) as unknown as SaveResult[]);
    expect(errorOf(flow)).toMatchObject({ statusCode: "FIELD_INTEGRITY_EXCEPTION", message: 'Set_Owner (Update Records) - The field "Renewal_Owner__c" for the object "Contact" doesn\'t exist.' });
    const [draft] = asList((await conn.metadata.upsert("Flow", { ...flowWithMissingField, status: "Draft" } as never)) as unknown as SaveResult[]);
    expect(draft!.success).toBe(true);
  });

  it("serves the SOAP login, so username + password work without a connected app", async () => {
    const jsforce = require("jsforce") as typeof import("jsforce");
    const conn = new jsforce.Connection({ loginUrl: h.sandbox.url, version: DEFAULT_SALESFORCE_API_VERSION });
    const info = await conn.login(creds.username, creds.password);
    expect(info.organizationId).toBe(h.sandbox.state().orgId);
    expect((await conn.query<{ Id: string }>("SELECT Id FROM Lead LIMIT 1")).records).toHaveLength(1);
    const bare = contextFor({ loginUrl: h.sandbox.url, apiVersion: DEFAULT_SALESFORCE_API_VERSION, username: creds.username, password: creds.password });
    expect((await valueSetHandler.read("LeadStatus", leadStatusSpec(), bare))?.values.length).toBe(5);
    const wrong = contextFor({ loginUrl: h.sandbox.url, apiVersion: DEFAULT_SALESFORCE_API_VERSION, username: creds.username, password: "wrong" });
    await expect(valueSetHandler.read("LeadStatus", leadStatusSpec(), wrong)).rejects.toMatchObject({ code: "INVALID_LOGIN", transient: false, cause: "INVALID_LOGIN: Invalid username, password, security token; or user locked out." });
  });
});
