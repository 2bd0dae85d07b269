/**
 * Salesforce org snapshot → architecture. Pure. Invariant (round-trip tested against the messy
 * sandbox): compiling the result for Salesforce yields, for every value set, lifecycle and drop-off
 * field and sales process, exactly what the org has — unless a note of kind `difference` says why not.
 */
import { LIFECYCLE_FIELD_DESCRIPTION } from "../compile/salesforce/picklist-fields";
import { developerNameOf } from "../../specs/salesforce/metadata-name";
import type { SalesforcePicklistValueSpec } from "../../specs";
import type { LifecycleStageInput, PipelineInput, PipelineStageInput, StatusInput } from "../schema";
import { describedAs, modelPlaceholderNotes, notImportedNote, placeholdersFor, type Placeholders } from "./common";
import { mergeDropOff } from "./drop-off";
import { guessDealKind, guessDomains } from "./guesses";
import { KeyAllocator } from "./keys";
import type { ImportMeta, ImportNote, ImportResult, SalesforceFieldSnapshot, SalesforceProcessSnapshot, SalesforceSnapshot } from "./snapshot";

const LIFECYCLE_OBJECTS = ["Lead", "Contact", "Account"] as const;
const difference = (message: string): ImportNote => ({ kind: "difference", message });
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

function sameField(a: SalesforceFieldSnapshot, b: SalesforceFieldSnapshot): boolean {
  return JSON.stringify([a.label, a.description ?? "", a.restricted, a.values]) === JSON.stringify([b.label, b.description ?? "", b.restricted, b.values]);
}

interface LifecycleImport {
  stages: LifecycleStageInput[];
  field?: { description?: string; firstStageIsDefault?: boolean };
}

/** `Lifecycle_Stage__c`: one model lifecycle, written from the first object that has the field. */
function lifecycleFrom(snapshot: SalesforceSnapshot, ph: Placeholders, notes: ImportNote[]): LifecycleImport {
  const source = LIFECYCLE_OBJECTS.find((o) => snapshot.lifecycleFields[o]);
  if (source === undefined) {
    notes.push(difference("The org has no Lifecycle_Stage__c on Lead, Contact or Account. The model needs at least one lifecycle stage, so this file declares a placeholder one, and the preview creates the field."));
    return { stages: [{ key: "lead", label: "Lead", domain: "lead", ...describedAs(undefined, ph), owner: ph.owner, names: { salesforce: "Lead" } }] };
  }
  const field = snapshot.lifecycleFields[source]!;
  for (const object of LIFECYCLE_OBJECTS) {
    const other = snapshot.lifecycleFields[object];
    if (object === source) continue;
    if (!other) notes.push(difference(`${object} has no Lifecycle_Stage__c: the preview creates it with ${source}'s values.`));
    else if (!sameField(field, other)) notes.push(difference(`${object}.Lifecycle_Stage__c differs from ${source}.Lifecycle_Stage__c; the model has one lifecycle for all three objects, written from ${source}'s, so the preview aligns ${object}'s with it.`));
  }
  if (field.label !== "Lifecycle Stage") notes.push(difference(`The lifecycle field is labelled "${field.label}"; Bowtie labels it "Lifecycle Stage", so the preview relabels it.`));
  if (!field.restricted) notes.push(difference("The lifecycle field is an unrestricted picklist; Bowtie restricts it, so the preview makes it restricted."));

  const keys = new KeyAllocator("stage");
  const domains = guessDomains(field.values.map((v) => ({ label: v.label, value: v.apiName })));
  const stages = field.values.map((v, i): LifecycleStageInput => ({
    key: keys.key(v.label, v.apiName),
    label: v.label,
    domain: domains[i]!,
    ...describedAs(v.description, ph),
    owner: ph.owner,
    names: { salesforce: v.apiName },
  }));

  const defaults = field.values.flatMap((v, i) => (v.default ? [i] : []));
  const firstIsDefault = defaults.length === 1 && defaults[0] === 0;
  if (defaults.length > 0 && !firstIsDefault)
    notes.push(difference(`Lifecycle_Stage__c defaults to ${quoted(defaults.map((i) => field.values[i]!.apiName))}; the model can only default to the first stage or to none, so the preview clears that default.`));
  const description = field.description ?? "";
  return {
    stages,
    field: {
      ...(description === LIFECYCLE_FIELD_DESCRIPTION ? {} : { description }),
      ...(firstIsDefault ? {} : { firstStageIsDefault: false }),
    },
  };
}

/** `LeadStatus`: the statuses in order, exactly one converted. */
function statusesFrom(values: readonly SalesforcePicklistValueSpec[], ph: Placeholders, notes: ImportNote[]): StatusInput[] {
  if (values.length === 0) return [];
  const converted = values.flatMap((v, i) => (v.converted ? [i] : []));
  let convertedIndex = converted[0];
  if (convertedIndex === undefined) {
    const byLabel = values.findIndex((v) => /convert/i.test(v.label));
    convertedIndex = byLabel === -1 ? values.length - 1 : byLabel;
    notes.push(difference(`LeadStatus has no converted value; the model needs exactly one, so "${values[convertedIndex]!.apiName}" is marked converted and the preview sets that flag.`));
  } else if (converted.length > 1) {
    const others = converted.slice(1).map((i) => values[i]!.apiName);
    notes.push(difference(`LeadStatus has ${converted.length} converted values; the model has exactly one ("${values[convertedIndex]!.apiName}"), so the preview clears the flag on ${quoted(others)}.`));
  }
  const defaults = values.flatMap((v, i) => (v.default ? [i] : []));
  if (defaults.length !== 1 || defaults[0] !== 0)
    notes.push(difference(`LeadStatus's default is ${defaults.length === 0 ? "unset" : quoted(defaults.map((i) => values[i]!.apiName))}; the model makes the first status the default, so the preview changes it.`));
  const keys = new KeyAllocator("status");
  return values.map((v, i): StatusInput => ({
    key: keys.key(v.label, v.apiName),
    label: v.label,
    ...describedAs(v.description, ph),
    kind: i === convertedIndex ? "converted" : "open",
    names: { salesforce: v.apiName },
  }));
}

/** Every active OpportunityStage value as a pipeline stage, by API name (keys unique across them all). */
function opportunityStagesFrom(values: readonly SalesforcePicklistValueSpec[], notes: ImportNote[]): Map<string, PipelineStageInput> {
  const keys = new KeyAllocator("stage");
  return new Map(
    values.map((v) => {
      if (!v.closed && v.won) notes.push(difference(`OpportunityStage "${v.apiName}" is won but not closed; the model's won stages are closed, so the preview keeps it open and not won.`));
      if (v.default) notes.push(difference(`OpportunityStage "${v.apiName}" is the picklist default; the model sets no default stage, so the preview clears it.`));
      if (v.probability === undefined) notes.push(difference(`OpportunityStage "${v.apiName}" has no probability; the model needs one, so it is 0 here and the preview sets it.`));
      if (v.forecastCategory === undefined) notes.push(difference(`OpportunityStage "${v.apiName}" has no forecast category; the preview sets the one the model derives.`));
      const stage: PipelineStageInput = {
        key: keys.key(v.label, v.apiName),
        label: v.label,
        ...(v.description ? { definition: v.description } : {}),
        probability: (v.probability ?? 0) / 100,
        ...(v.forecastCategory === undefined ? {} : { forecastCategory: v.forecastCategory }),
        outcome: v.closed ? (v.won ? "won" : "lost") : "open",
        names: { salesforce: v.apiName },
      };
      return [v.apiName, stage];
    }),
  );
}

/** A sales process as a pipeline, with the record type and descriptions as the org has them. */
function processPipeline(process: SalesforceProcessSnapshot, stages: PipelineStageInput[], notes: ImportNote[]): PipelineInput {
  const rt = process.recordType;
  const label = rt?.label ?? process.processName.replace(/_/g, " ");
  if (!rt) notes.push(difference(`No active record type selects the sales process ${process.processName}; the model pairs each process with one, so the preview creates record type ${developerNameOf(process.processName)}.`));
  if (process.otherRecordTypes?.length) notes.push({ kind: "not-imported", message: `Record types ${quoted(process.otherRecordTypes)} also select the sales process ${process.processName}; the model pairs a process with one record type (${rt!.apiName}), so Bowtie leaves the others as they are.` });
  const description = process.description ?? "";
  const salesforceProcess = {
    ...(description ? {} : { description: "" }),
    ...(rt && rt.apiName !== developerNameOf(process.processName) ? { recordType: rt.apiName } : {}),
    ...(rt && (rt.description ?? "") !== description ? { recordTypeDescription: rt.description ?? "" } : {}),
  };
  return {
    label,
    kind: guessDealKind(`${process.processName} ${label}`),
    ...(description ? { description } : {}),
    stages,
    ...(Object.keys(salesforceProcess).length > 0 ? { salesforceProcess } : {}),
    names: { salesforce: process.processName },
  };
}

/**
 * The processes in an order whose stages, each listed where it first appears, reproduce the
 * OpportunityStage order when one exists (greedily: next, a process that extends the prefix).
 */
function processOrder(processes: readonly SalesforceProcessSnapshot[], values: readonly string[]): SalesforceProcessSnapshot[] {
  const rest = [...processes].sort((a, b) => a.processName.localeCompare(b.processName));
  const ordered: SalesforceProcessSnapshot[] = [];
  const covered: string[] = [];
  const extended = (p: SalesforceProcessSnapshot) => [...new Set([...covered, ...p.stages.filter((s) => values.includes(s))])];
  for (;;) {
    const next = rest.find((p) => extended(p).every((s, i) => values[i] === s));
    if (!next) break;
    covered.splice(0, covered.length, ...extended(next));
    ordered.push(...rest.splice(rest.indexOf(next), 1));
  }
  return [...ordered, ...rest];
}

/**
 * Deal pipelines: one per active sales process; plus, when the processes do not cover the
 * OpportunityStage values in the org's order, a first stages-only pipeline holding every value
 * in that order (the compiler lists each value where it first appears).
 */
function pipelinesFrom(snapshot: SalesforceSnapshot, notes: ImportNote[]): Record<string, PipelineInput> {
  const byApiName = opportunityStagesFrom(snapshot.opportunityStage, notes);
  const keys = new KeyAllocator("pipeline");
  const processes: Array<[string, PipelineInput]> = [];
  const ordered = processOrder(snapshot.processes, [...byApiName.keys()]);
  for (const process of ordered) {
    const unknown = process.stages.filter((s) => !byApiName.has(s));
    const stages = process.stages.flatMap((s) => byApiName.get(s) ?? []);
    if (stages.length === 0) {
      notes.push({ kind: "not-imported", message: `The sales process ${process.processName}: none of its stages is an active OpportunityStage value.` });
      continue;
    }
    if (unknown.length > 0) notes.push(difference(`The sales process ${process.processName} lists ${quoted(unknown)}, not active in OpportunityStage; the preview removes ${unknown.length === 1 ? "it" : "them"} from the process.`));
    processes.push([keys.key(process.processName), processPipeline(process, stages, notes)]);
  }
  const covered = [...new Set(processes.flatMap(([, p]) => p.stages.map((s) => s.names!.salesforce!)))];
  if (covered.join("\n") === [...byApiName.keys()].join("\n")) return Object.fromEntries(processes);
  const all = {
    label: "Opportunity Stages",
    kind: "new-business" as const,
    description: "Every OpportunityStage value in the org's order, those in no sales process included (the master picklist).",
    stages: [...byApiName.values()],
    salesforceProcess: { enabled: false },
    names: {},
  };
  return Object.fromEntries([[keys.key("opportunity stages"), all], ...processes]);
}

function dropOffFrom(snapshot: SalesforceSnapshot, notes: ImportNote[]) {
  const sources = (["Lead", "Opportunity"] as const).flatMap((object) => {
    const field = snapshot.dropOffFields[object];
    if (!field) return [];
    const where = `${object}.Drop_Off_Reason__c`;
    if (!field.restricted) notes.push(difference(`${where} is unrestricted; Bowtie restricts it, so the preview makes it restricted.`));
    if (field.values.some((v) => v.description || v.default)) notes.push(difference(`${where} has value descriptions or a default; the model's drop-off reasons have neither, so the preview clears them.`));
    return [{ appliesTo: object === "Lead" ? ("lead" as const) : ("opportunity" as const), where, values: field.values.map((v) => ({ name: v.apiName, label: v.label })) }];
  });
  const merged = mergeDropOff(sources, new KeyAllocator("reason"), "salesforce");
  notes.push(...merged.notes);
  return merged.reasons;
}

/** The architecture that reproduces the org, and what the reader must know about it. */
export function importSalesforce(snapshot: SalesforceSnapshot, meta: ImportMeta): ImportResult {
  const placeholders = placeholdersFor("Salesforce", meta.date);
  const notes: ImportNote[] = [...modelPlaceholderNotes("Salesforce")];
  const lifecycle = lifecycleFrom(snapshot, placeholders, notes);
  const statuses = statusesFrom(snapshot.leadStatus, placeholders, notes);
  const pipelines = pipelinesFrom(snapshot, notes);
  const dropOffReasons = dropOffFrom(snapshot, notes);
  const field = lifecycle.field && Object.keys(lifecycle.field).length > 0 ? lifecycle.field : undefined;
  notes.push(
    notImportedNote("Validation rules", snapshot.validationRules.map((r) => `${r.name}${r.active ? "" : " (inactive)"}`), "rules"),
    notImportedNote("Flows", snapshot.flows.map((f) => `${f.name}${f.active ? "" : " (inactive)"}`), "automations"),
    ...snapshot.inactiveProcesses.map((name): ImportNote => ({ kind: "not-imported", message: `The inactive sales process ${name}.` })),
    ...(snapshot.otherProcesses ?? []).map((name): ImportNote => ({ kind: "not-imported", message: `The process ${name}: the model has sales processes on Opportunity only, so Bowtie leaves it as it is.` })),
    { kind: "placeholder", message: "Status kinds: only the converted status is marked; mark disqualified statuses `kind: \"disqualified\"` yourself." },
  );
  return {
    target: "salesforce",
    source: snapshot.source,
    date: meta.date,
    architecture: {
      name: "Imported from Salesforce",
      description: `Read from ${snapshot.source} on ${meta.date} by \`bowtie import\`.`,
      lifecycle: lifecycle.stages,
      statuses,
      pipelines,
      dropOffReasons,
      ...(field ? { salesforce: { lifecycleField: field } } : {}),
    },
    placeholders,
    notes,
  };
}
