/**
 * Changes made the way an admin clicking in Setup makes them: through the CRMs' own APIs with the
 * official clients, outside Pulumi. Used by the demo and the e2e tests to produce real drift.
 */
import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";

export interface SalesforceAdmin {
  loginUrl: string;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  apiVersion?: string;
}

export interface HubSpotAdmin {
  basePath: string;
  token: string;
}

async function salesforce(admin: SalesforceAdmin): Promise<Connection> {
  const oauth2 = { loginUrl: admin.loginUrl, clientId: admin.clientId, clientSecret: admin.clientSecret };
  const conn = new Connection({ oauth2, version: admin.apiVersion ?? "62.0" });
  await conn.login(admin.username, admin.password);
  return conn;
}

type PicklistValue = { fullName: string; label: string; default: boolean | string };

/** Adds a value to the LeadStatus picklist (Setup → Object Manager → Lead → Fields → Lead Status → New). */
export async function addLeadStatusValue(admin: SalesforceAdmin, value: { apiName: string; label: string }): Promise<void> {
  const conn = await salesforce(admin);
  const set = (await conn.metadata.read("StandardValueSet", "LeadStatus")) as unknown as { fullName: string; standardValue: PicklistValue[] | PicklistValue };
  const values = Array.isArray(set.standardValue) ? set.standardValue : [set.standardValue];
  const added = { fullName: value.apiName, label: value.label, default: false };
  const result = await conn.metadata.update("StandardValueSet", { ...set, standardValue: [...values, added] } as never);
  assertSaved(result, "LeadStatus");
}

/** Deactivates a validation rule (Setup → Validation Rules → Edit → uncheck Active). */
export async function deactivateValidationRule(admin: SalesforceAdmin, fullName: string): Promise<void> {
  const conn = await salesforce(admin);
  const rule = (await conn.metadata.read("ValidationRule", fullName)) as unknown as Record<string, unknown>;
  if (!rule.fullName) throw new Error(`no validation rule ${fullName}`);
  assertSaved(await conn.metadata.update("ValidationRule", { ...rule, active: false } as never), fullName);
}

function assertSaved(result: unknown, what: string): void {
  const first = (Array.isArray(result) ? result[0] : result) as { success?: boolean | string; errors?: unknown };
  if (first?.success !== true && first?.success !== "true") throw new Error(`Salesforce refused the change to ${what}: ${JSON.stringify(first?.errors)}`);
}

function hubspot(admin: HubSpotAdmin): Client {
  // Run right after a preview or an up, these calls can land in a ten-second window the provider
  // used up; the client's retry waits out a TEN_SECONDLY_ROLLING 429 (it counts attempts).
  return new Client({ accessToken: admin.token, basePath: admin.basePath, numberOfApiCallRetries: 3 });
}

/** Adds a lifecycle stage option (Settings → Properties → Lifecycle stage → Add option). */
export async function addLifecycleOption(admin: HubSpotAdmin, option: { value: string; label: string }): Promise<void> {
  const client = hubspot(admin);
  const property = await client.crm.properties.coreApi.getByName("contacts", "lifecyclestage");
  const options = property.options.map((o) => ({ label: o.label, value: o.value, displayOrder: o.displayOrder, hidden: o.hidden, description: o.description }));
  await client.crm.properties.coreApi.update("contacts", "lifecyclestage", {
    options: [...options, { label: option.label, value: option.value, displayOrder: options.length, hidden: false }],
  });
}

/** Relabels a deal stage (Settings → Objects → Deals → Pipelines → edit stage name). Returns the old label. */
export async function relabelDealStage(admin: HubSpotAdmin, pipelineLabel: string, stageLabel: string, newLabel: string): Promise<void> {
  const client = hubspot(admin);
  const pipelines = await client.crm.pipelines.pipelinesApi.getAll("deals");
  const pipeline = pipelines.results.find((p) => p.label === pipelineLabel);
  const stage = pipeline?.stages.find((s) => s.label === stageLabel);
  if (!pipeline || !stage) throw new Error(`no deal stage "${stageLabel}" in pipeline "${pipelineLabel}"`);
  await client.crm.pipelines.pipelineStagesApi.update("deals", pipeline.id, stage.id, {
    label: newLabel,
    displayOrder: stage.displayOrder,
    metadata: stage.metadata,
  });
}
