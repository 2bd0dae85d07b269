/** An in-process sandbox and a handler context pointed at it, for contract tests. */
import { Client } from "@hubspot/api-client";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { HubSpotOptionSpec, HubSpotPipelineSpec, HubSpotPropertyOptionsSpec, HubSpotWorkflowSpec } from "../../../specs";
import type { ProviderEvent } from "../../../providers/core/events";
import type { HandlerContext } from "../../../providers/core/kind";
import { currentSettings } from "../../../providers/core/settings";
import { hubspotSandboxToken, startHubSpotSandbox, type HubSpotSandbox } from "../../../sandbox/hubspot";

export interface Harness {
  sandbox: HubSpotSandbox;
  /** Provider context with the sandbox's URL and token; `events` collects what handlers emit. */
  ctx: HandlerContext;
  events: ProviderEvent[];
  /** A client acting as "another user" editing the portal. */
  other: Client;
}

/** Starts one sandbox per test file and reseeds the messy portal before each test. */
export function useSandbox(): Harness {
  const harness = { events: [] as ProviderEvent[] } as Harness;
  beforeAll(async () => {
    harness.sandbox = await startHubSpotSandbox({ scenario: "messy" });
    const settings = currentSettings({});
    settings.hubspot = { basePath: harness.sandbox.url, token: hubspotSandboxToken };
    harness.ctx = { settings, emit: (event) => harness.events.push(event) };
    harness.other = new Client({ accessToken: hubspotSandboxToken, basePath: harness.sandbox.url });
  });
  beforeEach(() => {
    harness.sandbox.reset("messy");
    harness.events.length = 0;
  });
  afterAll(async () => harness.sandbox?.close());
  return harness;
}

const option = (value: string, label: string, displayOrder: number): HubSpotOptionSpec => ({ value, label, displayOrder });

/** The default architecture's contact lifecycle, mapped onto HubSpot values. */
export function lifecycleSpec(overrides: Partial<HubSpotPropertyOptionsSpec> = {}): HubSpotPropertyOptionsSpec {
  return {
    kind: "hubspot:property-options",
    name: "hubspot-contacts-lifecyclestage",
    objectType: "contacts",
    property: "lifecyclestage",
    options: [
      option("subscriber", "Known Lead", 0),
      option("lead", "Marketing Engaged", 1),
      option("marketingqualifiedlead", "MQL", 2),
      option("sal", "SAL", 3),
      option("salesqualifiedlead", "SQL", 4),
      option("opportunity", "Opportunity", 5),
      option("customer", "Customer", 6),
      option("evangelist", "Evangelist", 7),
      option("other", "Other", 8),
    ],
    replacements: [],
    ...overrides,
  };
}

export const lifecycleReplacements = [
  { from: "won", to: "customer" },
  { from: "lost", to: "other" },
  { from: "trending_up", to: "lead" },
];

export function dropOffReasonSpec(overrides: Partial<HubSpotPropertyOptionsSpec> = {}): HubSpotPropertyOptionsSpec {
  return {
    kind: "hubspot:property-options",
    name: "hubspot-deals-drop-off-reason",
    objectType: "deals",
    property: "drop_off_reason",
    create: { label: "Drop-off reason", groupName: "dealinformation", description: "Why the deal was lost" },
    options: [option("no_budget", "No budget", 0), option("no_decision", "No decision", 1), option("competitor", "Chose a competitor", 2)],
    replacements: [],
    ...overrides,
  };
}

export function renewalPipelineSpec(overrides: Partial<HubSpotPipelineSpec> = {}): HubSpotPipelineSpec {
  return {
    kind: "hubspot:pipeline",
    name: "hubspot-pipeline-renewal",
    objectType: "deals",
    label: "Renewal",
    displayOrder: 1,
    stages: [
      { key: "renewal_planning", label: "Renewal Planning Started", displayOrder: 0, metadata: { probability: "0.3" } },
      { key: "renewal_proposal", label: "Renewal Proposal Sent", displayOrder: 1, metadata: { probability: "0.6" } },
      { key: "renewed", label: "Renewed", displayOrder: 2, metadata: { probability: "1.0", isClosed: "true" } },
      { key: "churned", label: "Churned", displayOrder: 3, metadata: { probability: "0.0", isClosed: "true" } },
    ],
    replacements: [],
    ...overrides,
  };
}

export const renewalReplacements = [
  { from: "renewal_120_days", to: "renewal_planning" },
  { from: "renewal_90_days", to: "renewal_planning" },
  { from: "renewal_60_days", to: "renewal_proposal" },
];

export function successPipelineSpec(overrides: Partial<HubSpotPipelineSpec> = {}): HubSpotPipelineSpec {
  return {
    kind: "hubspot:pipeline",
    name: "hubspot-pipeline-customer-success",
    objectType: "tickets",
    label: "Customer Success",
    displayOrder: 1,
    stages: [
      { key: "pre_onboarding", label: "Pre-Onboarding Completed", displayOrder: 0, metadata: { ticketState: "OPEN" } },
      { key: "onboarding", label: "Onboarding Completed", displayOrder: 1, metadata: { ticketState: "OPEN" } },
      { key: "early_adoption", label: "Early Adoption Reached", displayOrder: 2, metadata: { ticketState: "CLOSED" } },
    ],
    replacements: [],
    ...overrides,
  };
}

export function dealCreatedWorkflowSpec(overrides: Partial<HubSpotWorkflowSpec> = {}): HubSpotWorkflowSpec {
  return {
    kind: "hubspot:workflow",
    name: "hubspot-workflow-deal-created",
    label: "Bowtie: deal created → contact Opportunity",
    description: "Sets associated contacts to Opportunity when a deal is created",
    objectTypeId: "0-3",
    enrollment: { property: "dealstage", operator: "IS_KNOWN", values: [] },
    setProperty: { target: "associated-contacts", property: "lifecyclestage", value: "opportunity", onlyFrom: ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead"] },
    enabled: true,
    ...overrides,
  };
}

/** A flow as read, turned into the body of a PUT by another user: without the fields a PUT does not take, with `changes`. */
export function flowPutBody(flow: Record<string, unknown>, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, crmObjectCreationStatus: _s, nextAvailableActionId: _n, flowType: _f, objectTypeId: _o, dataSources: _d, ...put } = flow;
  return { ...put, ...changes };
}

/** Resolves once `condition` holds (polled every 10 ms); fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Catches the rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, any>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, any>;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
