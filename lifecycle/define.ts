/**
 * Authoring helpers: an architecture module reads like the seed's stage definition template.
 *
 *   stage("sql", { label: "Sales Qualified Lead", domain: "lead", definition: "…",
 *                  entry: ["…"], exit: ["…"], owner: "Sales", slaDays: 2 })
 *
 * Helpers only shape input; `loadArchitecture`/`validateArchitecture` validate it, so a
 * mistake becomes a path-precise problem, never an exception at import time.
 */
import type {
  ArchitectureInput,
  Automation,
  DropOffReason,
  LifecycleStageInput,
  PipelineInput,
  PipelineStageInput,
  Replacement,
  RequiredField,
  Rule,
  StatusInput,
} from "./schema";
import { keepUnknownOptions } from "./unknown-options";

/** Per-CRM names written inline: `salesforce: "Closed_Won", hubspot: "customer"`. */
interface NameFields {
  salesforce?: string;
  hubspot?: string;
}

export interface StageTemplate extends NameFields {
  label: string;
  domain: LifecycleStageInput["domain"];
  definition: string;
  entry: string[];
  exit: string[];
  owner: string;
  slaDays?: number;
  required?: RequiredFieldInput[];
  redFlags?: string[];
  handoff?: string;
  golden?: boolean;
  /** What the CRM shows as the value's description; omitted, the definition; `""`, none. */
  description?: string;
}

type RequiredFieldInput = Omit<RequiredField, "picklist"> & { picklist?: boolean };

const nameKeys = ["salesforce", "hubspot"] as const;
const stageKeys = [...nameKeys, "label", "domain", "definition", "entry", "exit", "owner", "slaDays", "required", "redFlags", "handoff", "golden", "description"] as const;
const statusKeys = [...nameKeys, "label", "definition", "kind", "description"] as const;
const pipelineStageKeys = [...nameKeys, "label", "definition", "entry", "exit", "owner", "slaDays", "required", "probability", "forecastCategory", "lifecycle"] as const;
/** The model's names for what the templates call `entry`, `exit`, `required`. */
const templateAliases = { entryCriteria: "entry", exitCriteria: "exit", requiredFields: "required" } as const;

function names(spec: NameFields): { salesforce?: string; hubspot?: string } {
  return {
    ...(spec.salesforce === undefined ? {} : { salesforce: spec.salesforce }),
    ...(spec.hubspot === undefined ? {} : { hubspot: spec.hubspot }),
  };
}

/** A lifecycle stage with its full contract. */
export function stage(key: string, spec: StageTemplate): LifecycleStageInput {
  return keepUnknownOptions({
    key,
    label: spec.label,
    domain: spec.domain,
    definition: spec.definition,
    entryCriteria: spec.entry,
    exitCriteria: spec.exit,
    owner: spec.owner,
    ...(spec.slaDays === undefined ? {} : { slaDays: spec.slaDays }),
    requiredFields: spec.required ?? [],
    redFlags: spec.redFlags ?? [],
    ...(spec.handoff === undefined ? {} : { handoff: spec.handoff }),
    golden: spec.golden ?? false,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    names: names(spec),
  }, spec, stageKeys, templateAliases);
}

/** A field required on entering a stage, named per CRM. */
export function field(label: string, spec: NameFields & { picklist?: boolean }): RequiredFieldInput {
  return keepUnknownOptions({ label, ...names(spec), ...(spec.picklist === undefined ? {} : { picklist: spec.picklist }) }, spec, [...nameKeys, "picklist"]);
}

/** A contact/lead status (working state, not funnel position). */
export function status(key: string, spec: NameFields & { label: string; definition: string; kind?: StatusInput["kind"]; description?: string }): StatusInput {
  const description = spec.description === undefined ? {} : { description: spec.description };
  return keepUnknownOptions({ key, label: spec.label, definition: spec.definition, kind: spec.kind ?? "open", ...description, names: names(spec) }, spec, statusKeys);
}

export interface PipelineStageTemplate extends NameFields {
  label: string;
  definition?: string;
  entry: string[];
  exit?: string[];
  owner?: string;
  slaDays?: number;
  required?: RequiredFieldInput[];
  probability?: number;
  forecastCategory?: PipelineStageInput["forecastCategory"];
  lifecycle?: string;
}

function pipelineStage(key: string, outcome: "open" | "won" | "lost", spec: PipelineStageTemplate): PipelineStageInput {
  const { salesforce: _sf, hubspot: _hs, entry, exit, required, ...rest } = spec;
  // Unknown options are reported from the marker, with a suggestion; the schema never sees them.
  const known = Object.fromEntries(Object.entries(rest).filter(([k]) => (pipelineStageKeys as readonly string[]).includes(k))) as typeof rest;
  const output = { key, ...known, entryCriteria: entry, exitCriteria: exit ?? [], requiredFields: required ?? [], outcome, names: names(spec) };
  return keepUnknownOptions(output, spec, pipelineStageKeys, templateAliases);
}

/** An open pipeline stage. */
export function openStage(key: string, spec: PipelineStageTemplate): PipelineStageInput {
  return pipelineStage(key, "open", spec);
}

/** A closed-won stage (probability 1 on deal pipelines). */
export function wonStage(key: string, spec: PipelineStageTemplate): PipelineStageInput {
  return pipelineStage(key, "won", spec);
}

/** A closed-lost stage (probability 0 on deal pipelines); entering it requires a drop-off reason. */
export function lostStage(key: string, spec: PipelineStageTemplate): PipelineStageInput {
  return pipelineStage(key, "lost", spec);
}

/** A pipeline; `salesforce` is the process API name, `hubspot` an existing pipeline id to adopt. */
export function pipeline(spec: NameFields & Omit<PipelineInput, "names">): PipelineInput {
  const { salesforce: _sf, hubspot: _hs, ...rest } = spec;
  return { ...rest, names: names(spec) };
}

/** A drop-off reason for leads and/or opportunities. */
export function dropOff(key: string, label: string, appliesTo: DropOffReason["appliesTo"], spec: NameFields = {}): DropOffReason {
  return { key, label, appliesTo, names: names(spec) };
}

/** Records carrying the retired CRM value `from` move to model key `to` (optionally in one CRM only). */
export function retire(from: string, to: string, target?: Replacement["target"]): Replacement {
  return target === undefined ? { from, to } : { from, to, target };
}

export const rules = {
  forwardOnlyLifecycle: (): Rule => ({ kind: "forward-only-lifecycle" }),
  requiredFieldsOnEntry: (): Rule => ({ kind: "required-fields-on-entry" }),
  dropOffReasonRequired: (): Rule => ({ kind: "drop-off-reason-required" }),
  stageRequiresOpportunity: (stage: string): Rule => ({ kind: "stage-requires-opportunity", stage }),
};

export const automations = {
  dealCreated: (stage: string): Automation => ({ kind: "deal-created", stage }),
  dealWon: (stage: string): Automation => ({ kind: "deal-won", stage }),
  meetingBooked: (stage: string, opts: { unlessAtOrBeyond: string }): Automation => ({
    kind: "meeting-booked",
    stage,
    unlessAtOrBeyond: opts.unlessAtOrBeyond,
  }),
  companyRollup: (): Automation => ({ kind: "company-rollup" }),
};

/** Identity with types, like `defineConfig`: validation happens when the module is loaded. */
export function defineArchitecture(input: ArchitectureInput): ArchitectureInput {
  return input;
}
