/** The admin API is one API: the same script against both sandboxes, over HTTP as another process sees it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHubSpotSandbox } from "../../../sandbox/hubspot";
import { startSalesforceSandbox } from "../../../sandbox/salesforce";

const crms = [
  { crm: "salesforce", start: () => startSalesforceSandbox({ scenario: "messy" }), stateKey: "orgId", limits: { dailyApiRequests: 100 } },
  { crm: "hubspot", start: () => startHubSpotSandbox({ scenario: "messy" }), stateKey: "portalId", limits: { daily: 100 } },
] as const;

describe.each(crms)("the $crm sandbox's admin API", ({ start, stateKey, limits }) => {
  let sandbox: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    sandbox = await start();
  });
  afterAll(() => sandbox?.close());

  const admin = async (method: string, name: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/__sandbox/${name}`, { method, body: typeof body === "string" ? body : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it("answers health and the state", async () => {
    expect(await admin("GET", "health")).toEqual({ status: 200, body: { ok: true } });
    expect((await admin("GET", "state")).body).toHaveProperty(stateKey);
  });

  it("injects, lists and clears faults; the request log records what they answered", async () => {
    await admin("DELETE", "requests");
    const injected = await admin("POST", "faults", { faults: [{ path: "^/nowhere$", status: 503, times: 2 }] });
    expect(injected).toEqual({ status: 200, body: { faults: [{ path: "^/nowhere$", status: 503, times: 2 }] } });
    expect((await fetch(`${sandbox.url}/nowhere`)).status).toBe(503);
    expect((await admin("GET", "faults")).body).toEqual({ faults: [{ path: "^/nowhere$", status: 503, times: 1 }] });
    expect(await admin("DELETE", "faults")).toEqual({ status: 200, body: { faults: [] } });
    const served = (await fetch(`${sandbox.url}/nowhere`)).status;
    expect(served).not.toBe(503);
    expect((await admin("GET", "requests")).body).toEqual({
      requests: [expect.objectContaining({ method: "GET", path: "/nowhere", status: 503 }), expect.objectContaining({ method: "GET", path: "/nowhere", status: served })],
    });
    expect(await admin("DELETE", "requests")).toEqual({ status: 200, body: { requests: [] } });
  });

  it("sets the limits and answers those in effect", async () => {
    const { status, body } = await admin("POST", "limits", limits);
    expect(status).toBe(200);
    expect(body).toMatchObject(limits);
  });

  it("resets to a scenario, clearing the faults", async () => {
    await admin("POST", "faults", { path: "x", status: 500 });
    expect(await admin("POST", "reset", { scenario: "empty" })).toEqual({ status: 200, body: { scenario: "empty" } });
    expect((await admin("GET", "faults")).body).toEqual({ faults: [] });
    expect(await admin("POST", "reset", {})).toEqual({ status: 200, body: { scenario: "messy" } });
  });

  it("refuses bad calls with 400 and unknown endpoints with 404, as {error}", async () => {
    for (const [name, body] of [["faults", { path: "(" }], ["faults", { status: 500 }], ["reset", { scenario: "tidy" }], ["limits", "{"]] as const) {
      const refused = await admin("POST", name, body);
      expect(refused.status, `${name} ${JSON.stringify(body)}`).toBe(400);
      expect(refused.body.error).toEqual(expect.any(String));
    }
    expect(await admin("GET", "nope")).toEqual({ status: 404, body: { error: "No admin endpoint GET /__sandbox/nope" } });
  });
});
