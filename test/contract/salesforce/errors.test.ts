import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BowtieProviderError } from "../../../providers/core/errors";
import { valueSetHandler } from "../../../providers/salesforce/value-set/handler";
import { validationRuleHandler } from "../../../providers/salesforce/validation-rule/handler";
import { salesforceSandboxCredentials as creds } from "../../../sandbox/salesforce";
import { leadStatusSpec, validationRuleSpec } from "./builders";
import { contextFor, passwordSettings, startHarness, withDropOffField, type Harness } from "./harness";
import { valueSetKind } from "../../../providers/salesforce/value-set";
import { validationRuleKind } from "../../../providers/salesforce/validation-rule";
import { createKind, diffKind } from "../../../providers/operations";

describe("salesforce provider errors, login flows and retries against the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness("messy");
    await withDropOffField(h);
  });
  afterEach(() => h.sandbox.close());

  it("bad credentials give a clear error that never contains the password", async () => {
    const password = "wrong-but-secret-password";
    const ctx = contextFor(passwordSettings(h.sandbox.url, { password }));
    const error = await valueSetHandler.read("LeadStatus", leadStatusSpec(), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BowtieProviderError);
    expect((error as Error).message).not.toContain(password);
    expect((error as Error).message).toMatchInlineSnapshot(`"Salesforce value set LeadStatus (sf-value-set-lead-status): Salesforce refused the login (invalid_grant). The CRM said: "authentication failure". Fix: Check bowtie:salesforceUsername and bowtie:salesforcePassword (append the security token if the org requires one), or the JWT subject and key. [invalid_grant]"`);
  });

  it("missing credentials say which settings to provide", async () => {
    const ctx = contextFor({ loginUrl: h.sandbox.url, apiVersion: "62.0" });
    await expect(valueSetHandler.read("LeadStatus", leadStatusSpec(), ctx)).rejects.toMatchObject({ code: "MISSING_CREDENTIALS", transient: false });
  });

  it("logs in with client credentials and with a JWT bearer assertion", async () => {
    const clientCredentials = contextFor({ loginUrl: h.sandbox.url, apiVersion: "62.0", clientId: creds.clientId, clientSecret: creds.clientSecret });
    expect((await valueSetHandler.read("LeadStatus", leadStatusSpec(), clientCredentials))?.values.length).toBe(5);
    const jwt = contextFor({ loginUrl: h.sandbox.url, apiVersion: "62.0", clientId: creds.clientId, username: creds.username, privateKey: creds.privateKey });
    expect((await valueSetHandler.read("LeadStatus", leadStatusSpec(), jwt))?.values.length).toBe(5);
  });

  it("retries a transient 500 on the Metadata API and then succeeds", async () => {
    await validationRuleHandler.read("warm-up", validationRuleSpec(), h.ctx);
    h.sandbox.injectFaults({ path: "/services/Soap/m/", status: 500, times: 1 });
    h.sandbox.clearRequests();
    const spec = validationRuleSpec();
    await createKind(validationRuleKind, spec, h.ctx);
    // The create first reads the rule it would adopt: the fault hits that read, which is retried;
    // then the write reads the rule again (read-modify-write) and upserts it.
    expect(h.sandbox.requests().map((r) => r.status)).toEqual([500, 200, 200, 200]);
    expect(h.events).toContainEqual(expect.objectContaining({ type: "retried", resource: spec.name, attempt: 1 }));
    expect(h.sandbox.state().metadata.ValidationRule?.["Lead.Drop_Off_Reason_Required"]).toBeDefined();
  });

  it("retries a 503 on the REST API during the data-safety check", async () => {
    const live = (await valueSetHandler.read("LeadStatus", leadStatusSpec(), h.ctx))!;
    h.sandbox.injectFaults({ path: "/query", status: 503, times: 1 });
    await expect(diffKind(valueSetKind, "LeadStatus", live, leadStatusSpec({ replacements: [] }), h.ctx)).rejects.toMatchObject({ code: "VALUES_IN_USE" });
    expect(h.sandbox.requests().filter((r) => r.path.endsWith("/query")).map((r) => r.status)).toEqual([503, 200]);
  });

  it("REQUEST_LIMIT_EXCEEDED is reported with the fix and not retried", async () => {
    await validationRuleHandler.read("warm-up", validationRuleSpec(), h.ctx);
    h.sandbox.setLimits({ dailyApiRequests: 100, used: 100 });
    h.sandbox.clearRequests();
    const error = await createKind(validationRuleKind, validationRuleSpec(), h.ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "REQUEST_LIMIT_EXCEEDED", transient: false });
    expect((error as Error).message).toContain("Wait for the rolling 24-hour window");
    expect(h.sandbox.requests()).toHaveLength(1);
  });

  it("REST answers carry Sforce-Limit-Info and 403 REQUEST_LIMIT_EXCEEDED past the daily limit", async () => {
    const conn = await h.other();
    const response = await fetch(`${h.sandbox.url}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${conn.accessToken}` } });
    expect(response.headers.get("sforce-limit-info")).toMatch(/^api-usage=\d+\/15000$/);
    h.sandbox.setLimits({ used: 15_000 });
    await expect(conn.query("SELECT Id FROM Lead")).rejects.toMatchObject({ errorCode: "REQUEST_LIMIT_EXCEEDED" });
  });

  it("logs in again when the session expires", async () => {
    const spec = validationRuleSpec();
    await createKind(validationRuleKind, spec, h.ctx);
    h.sandbox.expireSessions();
    expect((await validationRuleHandler.read(spec.name, spec, h.ctx))?.active).toBe(true);
    const clientCredentials = contextFor({ loginUrl: h.sandbox.url, apiVersion: "62.0", clientId: creds.clientId, clientSecret: creds.clientSecret });
    await validationRuleHandler.read(spec.name, spec, clientCredentials);
    h.sandbox.expireSessions();
    expect((await validationRuleHandler.read(spec.name, spec, clientCredentials))?.active).toBe(true);
  });

  it("SaveResult errors name the resource, the field and the fix", async () => {
    const error = await createKind(validationRuleKind, validationRuleSpec({ object: "Invoice__c" }), h.ctx).catch((e: unknown) => e);
    expect((error as Error).message).toMatchInlineSnapshot(`"Salesforce validation rule Invoice__c.Drop_Off_Reason_Required (sf-rule-lead-drop-off) (fullName): Invoice__c.Drop_Off_Reason_Required: In field: fullName - no CustomObject named Invoice__c found Fix: A referenced component does not exist; apply the resource it depends on first. [INVALID_CROSS_REFERENCE_KEY]"`);
  });
});
