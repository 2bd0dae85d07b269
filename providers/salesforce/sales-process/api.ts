import type { SalesforceSalesProcessSpec } from "../../../specs";
import { decodeMetadataName, encodeMetadataName } from "../../../specs/salesforce/metadata-name";
import { BowtieProviderError } from "../../core/errors";
import { sameComponent } from "../component";
import type { MetadataComponent, SalesforcePort } from "../port";
import { fromMetadataValues } from "../picklist/values";
import { missingStages, processFullName, recordTypeFullName } from "./descriptor";

type StageValue = { fullName?: string; default?: unknown; [field: string]: unknown };
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : value ? [value] : []) as T[];
const isTrue = (value: unknown) => value === true || value === "true";

/** The process and its record type as read, raw: what a write starts from. */
interface LiveProcess {
  process?: MetadataComponent;
  recordType?: MetadataComponent;
}

async function readLive(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<LiveProcess> {
  const [process] = await port.readMetadata("BusinessProcess", [processFullName(spec)]);
  const [recordType] = await port.readMetadata("RecordType", [recordTypeFullName(spec)]);
  return { process, recordType };
}

/**
 * The process and its record type as they are in the org, in the spec's shape (stage names
 * decoded); undefined when the process is missing or inactive. A missing or inactive record type
 * reads with its API name kept and an empty label, so it shows as drift and a later read still
 * names it. `label` is not stored by Salesforce on a BusinessProcess.
 */
export async function readProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<SalesforceSalesProcessSpec | undefined> {
  const { process, recordType } = await readLive(port, spec);
  if (!process || process.isActive === false || process.isActive === "false") return undefined;
  const selects = recordType && recordType.active !== false && recordType.active !== "false" && decodeMetadataName(String(recordType.businessProcess ?? "")) === spec.processName;
  return {
    ...spec,
    description: (process.description as string | null) || undefined,
    stages: list<StageValue>(process.values).map((value) => decodeMetadataName(String(value.fullName))),
    recordType: selects
      ? { apiName: spec.recordType.apiName, label: String(recordType.label ?? ""), ...(recordType.description ? { description: String(recordType.description) } : {}) }
      : { apiName: spec.recordType.apiName, label: "" },
  };
}

/** Refuses, before any change, stages that OpportunityStage does not have (Salesforce would reject them). */
export async function requireStages(port: SalesforcePort, spec: SalesforceSalesProcessSpec, resource: string): Promise<void> {
  const [stageSet] = await port.readMetadata("StandardValueSet", ["OpportunityStage"]);
  const missing = missingStages(spec.stages, fromMetadataValues(stageSet?.standardValue).map((v) => v.apiName));
  if (missing.length > 0) {
    throw new BowtieProviderError({
      resource, field: "stages", code: "INVALID_CROSS_REFERENCE_KEY",
      message: `stages ${missing.map((s) => `"${s}"`).join(", ")} are not active values of OpportunityStage.`,
      fix: "Add them to the OpportunityStage value set in the architecture (the value set is applied before the processes).",
    });
  }
}

/**
 * The BusinessProcess to deploy, read-modify-write: Bowtie manages the stages, their order, the
 * description and `isActive`; everything else of the live component is kept. The default stage
 * stays the live one when it is still listed; otherwise the first stage (a process needs one).
 */
export function processComponent(spec: SalesforceSalesProcessSpec, live: MetadataComponent | undefined): MetadataComponent {
  const liveValues = new Map(list<StageValue>(live?.values).map((value) => [decodeMetadataName(String(value.fullName)), value]));
  const keepsDefault = spec.stages.some((stage) => isTrue(liveValues.get(stage)?.default));
  const { description: _description, ...rest } = (live ?? {}) as Record<string, unknown>;
  return {
    ...rest,
    fullName: processFullName(spec),
    ...(spec.description ? { description: spec.description } : {}),
    isActive: true,
    values: spec.stages.map((stage, index) => {
      const held = liveValues.get(stage);
      return { ...held, fullName: encodeMetadataName(stage), default: keepsDefault ? isTrue(held?.default) : index === 0 };
    }),
  };
}

/**
 * The RecordType to deploy, read-modify-write: Bowtie manages the label, description, `active`
 * and `businessProcess`; its picklist-value assignments and every other element are kept as read.
 */
export function recordTypeComponent(spec: SalesforceSalesProcessSpec, live: MetadataComponent | undefined, active: boolean): MetadataComponent {
  const { description: _description, ...rest } = (live ?? {}) as Record<string, unknown>;
  return {
    ...rest,
    fullName: recordTypeFullName(spec),
    label: spec.recordType.label,
    ...(spec.recordType.description ? { description: spec.recordType.description } : {}),
    active,
    businessProcess: encodeMetadataName(spec.processName),
  };
}

/** Writes `next` unless the org already has exactly it (adoption of an unchanged component writes nothing). */
async function saveIfChanged(port: SalesforcePort, type: string, live: MetadataComponent | undefined, next: MetadataComponent): Promise<void> {
  if (live && sameComponent(live, next)) return;
  await port.saveMetadata("upsert", type, [next]);
}

/** Brings the BusinessProcess, then the RecordType that selects it, to the spec; writes only what differs. */
export async function upsertProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<void> {
  const live = await readLive(port, spec);
  await saveIfChanged(port, "BusinessProcess", live.process, processComponent(spec, live.process));
  await saveIfChanged(port, "RecordType", live.recordType, recordTypeComponent(spec, live.recordType, true));
}

/** Activates or deactivates the record type (record types are never deleted: records point at them). */
export async function setRecordType(port: SalesforcePort, spec: SalesforceSalesProcessSpec, active: boolean): Promise<void> {
  const [live] = await port.readMetadata("RecordType", [recordTypeFullName(spec)]);
  if (!live && !active) return;
  await saveIfChanged(port, "RecordType", live, recordTypeComponent(spec, live, active));
}

/**
 * Deactivates the process and its record type; records keep them. The process is written with
 * only the stages still active in OpportunityStage (an architecture switch may have retired the
 * others first, and Salesforce refuses a process listing an inactive stage); with none left it
 * is left as it is, unselectable once its record type is inactive.
 */
export async function deactivateProcess(port: SalesforcePort, spec: SalesforceSalesProcessSpec): Promise<void> {
  const [process] = await port.readMetadata("BusinessProcess", [processFullName(spec)]);
  if (!process) return;
  await setRecordType(port, spec, false);
  const [stageSet] = await port.readMetadata("StandardValueSet", ["OpportunityStage"]);
  const active = new Set(fromMetadataValues(stageSet?.standardValue).map((v) => v.apiName));
  const values = list<StageValue>(process.values).filter((value) => active.has(decodeMetadataName(String(value.fullName))));
  if (values.length === 0) return;
  const hasDefault = values.some((value) => isTrue(value.default));
  await port.saveMetadata("update", "BusinessProcess", [{ ...process, isActive: false, values: values.map((value, i) => ({ ...value, default: hasDefault ? isTrue(value.default) : i === 0 })) }]);
}
