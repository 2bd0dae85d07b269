/** Moving records off a retired value when there are more than one HubSpot search can return. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentSettings } from "../../../providers/core/settings";
import { openSession, type HubSpotSession } from "../../../providers/hubspot/client";
import { countRecords, moveRecords } from "../../../providers/hubspot/records";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../../sandbox/hubspot";

describe("moveRecords", () => {
  let sandbox: HubSpotSandbox;
  let session: HubSpotSession;
  const site = { resource: "hs-options-contacts-lifecyclestage" };

  beforeAll(async () => {
    sandbox = await startHubSpotSandbox({ scenario: "messy", rateLimits: { tenSecondly: 1_000_000 } });
    // Seed far more records than the API could create quickly: straight into the sandbox's portal.
    sandbox.update(({ records: { contacts } }) => {
      const template = contacts[0]!;
      for (let i = 0; i < 10_250; i++) contacts.push({ ...template, id: String(900_000 + i), properties: { ...template.properties, lifecyclestage: "won" } });
    });
    const settings = { ...currentSettings({}), hubspot: { basePath: sandbox.url, token: hubspotSandboxToken } };
    session = openSession({ settings, emit: () => {} }, site);
  });
  afterAll(async () => sandbox?.close());

  it("moves every record, past the 10,000 results one search returns", async () => {
    const before = await countRecords(session, site, "contacts", { lifecyclestage: "won" });
    expect(before).toBeGreaterThan(10_000);
    expect(await moveRecords(session, site, "contacts", { lifecyclestage: "won" }, { lifecyclestage: "customer" })).toBe(before);
    expect(await countRecords(session, site, "contacts", { lifecyclestage: "won" })).toBe(0);
  });
});
