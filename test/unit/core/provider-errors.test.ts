import { describe, expect, it } from "vitest";
import { BowtieProviderError, decodeErrors, encodeError, errorForEngine } from "../../../providers/core/errors";

const unreachable = () =>
  new BowtieProviderError({
    resource: "hs-options-contacts-lifecyclestage",
    code: "HUBSPOT_UNREACHABLE",
    message: "Could not reach HubSpot: connect ECONNREFUSED 127.0.0.1:1",
    fix: "Check bowtie:hubspotBasePath.",
    transient: true,
  });

describe("provider errors as data", () => {
  it("read as one sentence: where, what, what the CRM said, the fix, the code", () => {
    const error = new BowtieProviderError({ resource: "Salesforce value set LeadStatus (sf-value-set-lead-status)", field: "values", code: "invalid_grant", message: "Salesforce refused the login.", cause: "authentication failure", fix: "Check bowtie:salesforcePassword." });
    expect(error.message).toMatchInlineSnapshot(`"Salesforce value set LeadStatus (sf-value-set-lead-status) (values): Salesforce refused the login. The CRM said: "authentication failure". Fix: Check bowtie:salesforcePassword. [invalid_grant]"`);
    expect(error.toData()).toEqual({ code: "invalid_grant", resource: "Salesforce value set LeadStatus (sf-value-set-lead-status)", field: "values", message: "Salesforce refused the login.", cause: "authentication failure", fix: "Check bowtie:salesforcePassword." });
  });

  it("cross the process boundary as the same sentence, then data the CLI decodes", () => {
    const error = unreachable();
    const sent = errorForEngine(error, []).message;
    expect(sent.split("\n")[0]).toBe(error.message);
    expect(decodeErrors(sent)).toEqual([error.toData()]);
    expect(decodeErrors(encodeError(error.toData()))).toEqual([error.toData()]);
  });

  it("are decoded once each, though the engine repeats them (summary, stack trace)", () => {
    const sent = errorForEngine(unreachable(), []).message;
    expect(decodeErrors([`error: Preview failed: ${sent}`, `Error: ${sent}: Error: ${sent}`, "    at read (runtime.ts:1:1)"].join("\n"))).toEqual([unreachable().toData()]);
  });

  it("carry no secret in either line, even one that JSON would escape", () => {
    const secret = 'pa"ss\\word-1234';
    const error = new BowtieProviderError({ resource: "sf-x", code: "invalid_grant", message: `login as admin with ${secret} refused`, cause: `bad password ${secret}` });
    const sent = errorForEngine(error, [secret]).message;
    expect(sent).not.toContain(secret);
    expect(sent).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(decodeErrors(sent)).toEqual([{ code: "invalid_grant", resource: "sf-x", message: "login as admin with [redacted] refused", cause: "bad password [redacted]" }]);
  });

  it("leave other errors as their redacted message, with no data", () => {
    const sent = errorForEngine(new TypeError("token tok-123456 undefined"), ["tok-123456"]).message;
    expect(sent).toBe("token [redacted] undefined");
    expect(decodeErrors(sent)).toEqual([]);
  });
});
