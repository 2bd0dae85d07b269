/** The sandbox's HubSpot behaviours that Bowtie depends on, through the unmodified client and plain HTTP. */
import { describe, expect, it } from "vitest";
import { hubspotSandboxToken } from "../../../sandbox/hubspot";
import { useSandbox } from "./harness";

const auth = { authorization: `Bearer ${hubspotSandboxToken}`, "content-type": "application/json" };

describe("the HubSpot sandbox API", () => {
  const h = useSandbox();
  const post = (path: string, body: unknown) => fetch(`${h.sandbox.url}${path}`, { method: "POST", headers: auth, body: JSON.stringify(body) });
  const search = (filters: object[], properties: string[] = []) => post("/crm/v3/objects/contacts/search", { filterGroups: [{ filters }], properties, limit: 100, after: "0", sorts: [] });

  it("answers a body HubSpot's schema refuses with its 400 VALIDATION_ERROR, naming the fields", async () => {
    const response = await post("/automation/v4/flows", { type: "PLATFORM_FLOW", objectTypeId: "0-3", isEnabled: true, actions: [], nextAvailableActionId: "2" });
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body).toMatchObject({ status: "error", category: "VALIDATION_ERROR", correlationId: expect.any(String) });
    expect(body.errors.map((e: { in: string }) => e.in)).toEqual(expect.arrayContaining(["body.flowType", "body.dataSources", "body.blockedDates", "body"]));
    expect(body.message).toContain('Unrecognized key: "nextAvailableActionId"');
  });

  it("fills hs_object_id (and the other computed properties) in search results, also when asked for", async () => {
    const body: any = await (await search([{ propertyName: "lifecyclestage", operator: "EQ", value: "won" }], ["hs_object_id", "lifecyclestage", "missing_property"])).json();
    expect(body.total).toBe(6);
    for (const record of body.results) expect(record.properties).toMatchObject({ hs_object_id: record.id, createdate: expect.any(String), lifecyclestage: "won", missing_property: null });
  });

  it("answers 207 for a batch update with an unknown id, applying the others", async () => {
    const response = await post("/crm/v3/objects/contacts/batch/update", { inputs: [{ id: "101", properties: { lifecyclestage: "customer" } }, { id: "999999", properties: { lifecyclestage: "customer" } }] });
    expect(response.status).toBe(207);
    const body: any = await response.json();
    expect(body.results.map((r: { id: string }) => r.id)).toEqual(["101"]);
    expect(body).toMatchObject({ numErrors: 1, errors: [{ status: "error", category: "OBJECT_NOT_FOUND", context: { ids: ["999999"] } }] });
    expect(h.sandbox.state().records.contacts.find((c) => c.id === "101")!.properties.lifecyclestage).toBe("customer");
  });

  it("limits search to five requests per second with HubSpot's SECONDLY 429, and sends no rate-limit headers on search", async () => {
    const replies = await Promise.all(Array.from({ length: 8 }, () => search([])));
    const limited = replies.filter((r) => r.status === 429);
    expect(limited).toHaveLength(3);
    expect(await limited[0]!.json()).toMatchObject({ errorType: "RATE_LIMIT", policyName: "SECONDLY", message: "You have reached your secondly limit." });
    expect(replies[0]!.headers.get("x-hubspot-ratelimit-remaining")).toBeNull();
    const standard = await fetch(`${h.sandbox.url}/crm/v3/pipelines/deals`, { headers: auth });
    expect(standard.headers.get("x-hubspot-ratelimit-max")).toBe("190");
  });

  it("emulates both ten-second tiers", async () => {
    h.sandbox.setLimits({ tenSecondly: 100 });
    const replies = await Promise.all(Array.from({ length: 101 }, () => fetch(`${h.sandbox.url}/crm/v3/pipelines/tickets`, { headers: auth })));
    expect(replies.filter((r) => r.status === 429)).toHaveLength(1);
    expect(replies[0]!.headers.get("x-hubspot-ratelimit-max")).toBe("100");
    const limited = replies.find((r) => r.status === 429)!;
    expect(await limited.json()).toMatchObject({ policyName: "TEN_SECONDLY_ROLLING" });
  });

  it("shows a write to search only once the portal's index lag has passed", async () => {
    const lag = 400;
    await fetch(`${h.sandbox.url}/__sandbox/portal`, { method: "POST", body: JSON.stringify({ searchLagMs: lag }) });
    await h.other.crm.objects.basicApi.update("contacts", "101", { properties: { lifecyclestage: "evangelist" } });
    const on = async (value: string) => ((await (await search([{ propertyName: "lifecyclestage", operator: "EQ", value }])).json()) as any).results.map((r: { id: string }) => r.id);
    expect(await on("evangelist")).not.toContain("101");
    expect(await on("lead")).toContain("101");
    await new Promise((resolve) => setTimeout(resolve, lag + 50));
    expect(await on("evangelist")).toContain("101");
    expect(await on("lead")).not.toContain("101");
  });
});
