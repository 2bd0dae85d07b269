import { describe, expect, it } from "vitest";
import { failureFrom, translateError, translateFailure } from "../../../providers/hubspot/errors";

const site = { resource: "hubspot-contacts-lifecyclestage", field: "options" };
const token = "pat-na1-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

describe("HubSpot error translation", () => {
  it("makes a ten-secondly 429 transient and waits the advertised window", () => {
    const failure = failureFrom(429, { message: "You have reached your ten_secondly_rolling limit.", policyName: "TEN_SECONDLY_ROLLING" }, { "X-HubSpot-RateLimit-Interval-Milliseconds": "10000" });
    const error = translateFailure(failure, site, []);
    expect(error).toMatchObject({ code: "HUBSPOT_RATE_LIMITED", transient: true, retryAfterMs: 10_000 });
  });

  it("prefers Retry-After when HubSpot sends it", () => {
    const error = translateFailure(failureFrom(429, { policyName: "TEN_SECONDLY_ROLLING" }, { "retry-after": "2" }), site, []);
    expect(error.retryAfterMs).toBe(2000);
  });

  it("makes a DAILY 429 final, also when only the headers say so", () => {
    expect(translateFailure(failureFrom(429, { policyName: "DAILY" }, {}), site, [])).toMatchObject({ code: "HUBSPOT_DAILY_LIMIT", transient: false });
    const fromHeaders = failureFrom(429, { message: "limit" }, { "x-hubspot-ratelimit-daily-remaining": "0" });
    expect(translateFailure(fromHeaders, site, []).code).toBe("HUBSPOT_DAILY_LIMIT");
  });

  it("paces a search 429 (SECONDLY) by a second, and leaves a revision conflict to the workflow handler (not transient)", () => {
    expect(translateFailure(failureFrom(429, { policyName: "SECONDLY", message: "You have reached your secondly limit." }, {}), site, [])).toMatchObject({ code: "HUBSPOT_RATE_LIMITED", transient: true, retryAfterMs: 1000 });
    const conflict = failureFrom(409, { category: "CONFLICT", subCategory: "FlowError.REVISION_ID_MISMATCH", message: "stale" }, {});
    expect(translateFailure(conflict, site, [])).toMatchObject({ code: "HUBSPOT_REVISION_CONFLICT", transient: false });
  });

  it("keys on subCategory before category and status", () => {
    const inUse = failureFrom(400, { category: "VALIDATION_ERROR", subCategory: "PipelineError.STAGE_IN_USE", message: "x" }, {});
    const generic = failureFrom(400, { category: "VALIDATION_ERROR", message: "x" }, {});
    expect(translateFailure(inUse, site, []).code).toBe("HUBSPOT_VALUES_IN_USE");
    expect(translateFailure(generic, site, []).code).toBe("HUBSPOT_INVALID");
    expect(translateFailure(failureFrom(502, "<html>", {}), site, []).transient).toBe(true);
  });

  it("names resource, field and fix for a 401 and redacts the token", () => {
    const failure = failureFrom(401, JSON.stringify({ message: `token ${token} is invalid`, category: "INVALID_AUTHENTICATION", correlationId: "c-1" }), {});
    const error = translateFailure(failure, site, [token]);
    expect(error.message).toMatchInlineSnapshot(
      `"hubspot-contacts-lifecyclestage (options): HubSpot rejected the access token. The CRM said: "token [redacted] is invalid (HTTP 401 INVALID_AUTHENTICATION, correlationId c-1)". Fix: Set a valid private-app token: \`pulumi config set --secret bowtie:hubspotToken <token>\` or BOWTIE_HUBSPOT_TOKEN, with the crm.schemas.*, crm.objects.* and automation scopes. [HUBSPOT_UNAUTHORIZED]"`,
    );
    expect(error.toData()).toMatchObject({ code: "HUBSPOT_UNAUTHORIZED", message: "HubSpot rejected the access token.", cause: "token [redacted] is invalid (HTTP 401 INVALID_AUTHENTICATION, correlationId c-1)" });
  });

  it("leaves our own bugs untranslated (and not retried), redacted", () => {
    const bug = translateError(new TypeError(`cannot read ${token}`), site, [token]);
    expect(bug).toBeInstanceOf(TypeError);
    expect(bug.message).toBe("cannot read [redacted]");
  });
});
