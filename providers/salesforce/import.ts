/**
 * Reads what `bowtie import` needs from a Salesforce org. Values, fields and processes are read
 * with the same functions the handlers' `read` uses, so the snapshot is exactly what a refresh
 * would see; discovering processes, record types, rules and flows needs `listMetadata`, which the
 * handlers never call, so it is made here over the same connection, retry and error table.
 */
import type { SalesforceFieldSnapshot, SalesforceProcessSnapshot, SalesforceSnapshot } from "../../lifecycle/import/snapshot";
import type { SalesforcePicklistFieldSpec, SalesforceSalesProcessSpec } from "../../specs";
import type { HandlerContext } from "../core/kind";
import { defaultRetryPolicy, withRetry } from "../core/retry";
import { getConnection, salesforceSecrets } from "./connection";
import { translateError } from "./errors";
import { readField } from "./picklist-field/api";
import { openPort, type MetadataComponent, type SalesforcePort } from "./port";
import { readProcess } from "./sales-process/api";
import { decodeMetadataName, developerNameOf } from "../../specs/salesforce/metadata-name";
import { readValues } from "./value-set/api";

const RESOURCE = "bowtie import (Salesforce org)";

/** Full names of every component of `type` (Metadata `listMetadata`), sorted. */
async function listNames(ctx: HandlerContext, type: string): Promise<string[]> {
  const settings = ctx.settings.salesforce;
  const where = { resource: RESOURCE, secrets: salesforceSecrets(settings) };
  const listed = await withRetry(async () => {
    try {
      const conn = await getConnection(settings, RESOURCE);
      return await conn.metadata.list([{ type }], settings.apiVersion);
    } catch (error) {
      throw translateError(error, where);
    }
  }, defaultRetryPolicy);
  const list = (Array.isArray(listed) ? listed : listed ? [listed] : []) as Array<{ fullName?: string }>;
  return list.flatMap((p) => (p.fullName ? [p.fullName] : [])).sort();
}

async function standardValues(port: SalesforcePort, valueSetName: string) {
  const spec = { kind: "salesforce:value-set" as const, name: RESOURCE, valueSetName, standard: true, values: [], replacements: [] };
  return (await readValues(port, spec)) ?? [];
}

async function picklistField(port: SalesforcePort, object: string, field: string): Promise<SalesforceFieldSnapshot | undefined> {
  const spec: SalesforcePicklistFieldSpec = { kind: "salesforce:picklist-field", name: RESOURCE, object, field, label: "", restricted: true, values: [], replacements: [] };
  const live = await readField(port, spec);
  return live && { label: live.label, ...(live.description ? { description: live.description } : {}), restricted: live.restricted, values: live.values };
}

async function fields<O extends string>(port: SalesforcePort, objects: readonly O[], field: string): Promise<Partial<Record<O, SalesforceFieldSnapshot>>> {
  const out: Partial<Record<O, SalesforceFieldSnapshot>> = {};
  for (const object of objects) {
    const live = await picklistField(port, object, field);
    if (live) out[object] = live;
  }
  return out;
}

const metadataFlag = (value: unknown) => value === true || value === "true";

/**
 * Opportunity processes: active ones with the active record types that select each (names decoded:
 * `Opportunity.Growth%2FExpansion` is the process `Growth/Expansion`); names of inactive ones, and
 * of other objects' processes (`Lead.Direct`), which the model does not have.
 */
async function processes(ctx: HandlerContext, port: SalesforcePort): Promise<{ active: SalesforceProcessSnapshot[]; inactive: string[]; other: string[] }> {
  const allProcesses = await listNames(ctx, "BusinessProcess");
  const processNames = allProcesses.filter((n) => n.startsWith("Opportunity."));
  const recordTypes = (await port.readMetadata("RecordType", (await listNames(ctx, "RecordType")).filter((n) => n.startsWith("Opportunity."))))
    .filter((rt): rt is MetadataComponent => rt !== undefined && rt.active !== false && rt.active !== "false");
  const active: SalesforceProcessSnapshot[] = [];
  const inactive: string[] = [];
  for (const fullName of processNames) {
    const processName = decodeMetadataName(fullName.slice("Opportunity.".length));
    const selecting = recordTypes.filter((r) => decodeMetadataName(String(r.businessProcess ?? "")) === processName).map((r) => r.fullName.slice("Opportunity.".length));
    const apiName = selecting[0] ?? developerNameOf(processName);
    const spec: SalesforceSalesProcessSpec = { kind: "salesforce:sales-process", name: RESOURCE, object: "Opportunity", processName, label: "", stages: [], recordType: { apiName, label: "" } };
    const live = await readProcess(port, spec);
    if (!live) {
      inactive.push(fullName);
      continue;
    }
    active.push({
      processName,
      ...(live.description ? { description: live.description } : {}),
      stages: live.stages,
      ...(selecting.length > 0 && live.recordType.label ? { recordType: live.recordType } : {}),
      ...(selecting.length > 1 ? { otherRecordTypes: selecting.slice(1) } : {}),
    });
  }
  return { active, inactive, other: allProcesses.filter((n) => !n.startsWith("Opportunity.")) };
}

/** Validation rules or flows by name, with whether each is active. */
async function automation(ctx: HandlerContext, port: SalesforcePort, type: "ValidationRule" | "Flow") {
  const names = await listNames(ctx, type);
  const records = await port.readMetadata(type, names);
  return names.map((name, i) => {
    const record = records[i];
    return { name, active: type === "Flow" ? record?.status === "Active" : metadataFlag(record?.active) };
  });
}

/** Everything the Salesforce import covers, as the org has it now. Reads only; never writes. */
export async function readSalesforceSnapshot(ctx: HandlerContext): Promise<SalesforceSnapshot> {
  const port = openPort(ctx, "import", RESOURCE);
  const { active, inactive, other } = await processes(ctx, port);
  return {
    source: ctx.settings.salesforce.loginUrl,
    leadStatus: await standardValues(port, "LeadStatus"),
    opportunityStage: await standardValues(port, "OpportunityStage"),
    lifecycleFields: await fields(port, ["Lead", "Contact", "Account"] as const, "Lifecycle_Stage__c"),
    dropOffFields: await fields(port, ["Lead", "Opportunity"] as const, "Drop_Off_Reason__c"),
    processes: active,
    inactiveProcesses: inactive,
    otherProcesses: other,
    validationRules: await automation(ctx, port, "ValidationRule"),
    flows: await automation(ctx, port, "Flow"),
  };
}
