/**
 * HubSpot portal snapshot → architecture. Pure. Invariant (round-trip tested against the messy
 * sandbox): compiling the result for HubSpot yields, for the lifecycle stage, lead status and
 * drop-off reason options and every deal and ticket pipeline, exactly what the portal has —
 * unless a note of kind `difference` says why not.
 */
import type { HubSpotOptionSpec } from "../../specs";
import type { LifecycleStageInput, PipelineInput, PipelineStageInput, StatusInput } from "../schema";
import { describedAs, modelPlaceholderNotes, notImportedNote, placeholdersFor, type Placeholders } from "./common";
import { mergeDropOff } from "./drop-off";
import { guessDealKind, guessDomains } from "./guesses";
import { KeyAllocator } from "./keys";
import type { HubSpotPipelineSnapshot, HubSpotPropertySnapshot, HubSpotSnapshot, ImportMeta, ImportNote, ImportResult } from "./snapshot";

const difference = (message: string): ImportNote => ({ kind: "difference", message });

/** What the model cannot say about an option list: hidden options and gaps in the display order. */
function optionNotes(where: string, options: readonly HubSpotOptionSpec[]): ImportNote[] {
  const notes: ImportNote[] = [];
  const hidden = options.filter((o) => o.hidden).map((o) => o.value);
  if (hidden.length > 0) notes.push(difference(`${where} hides ${hidden.join(", ")}; the model has no hidden options, so the preview shows them.`));
  if (options.some((o, i) => o.displayOrder !== i)) notes.push(difference(`${where} has display orders other than 0, 1, 2…; the preview renumbers them in the same order.`));
  return notes;
}

/** Equal in what the model keeps of an option (hidden flags and display orders are reported per property). */
function sameOptions(a: HubSpotPropertySnapshot, b: HubSpotPropertySnapshot): boolean {
  const kept = (p: HubSpotPropertySnapshot) => JSON.stringify(p.options.map((o) => [o.value, o.label, o.description ?? ""]));
  return kept(a) === kept(b);
}

function lifecycleFrom(snapshot: HubSpotSnapshot, ph: Placeholders, notes: ImportNote[]): LifecycleStageInput[] {
  const { contacts, companies } = snapshot.lifecycle;
  const property = contacts ?? companies;
  if (!property) {
    notes.push(difference("The portal has no lifecyclestage property; this file declares a placeholder stage."));
    return [{ key: "lead", label: "Lead", domain: "lead", ...describedAs(undefined, ph), owner: ph.owner, names: { hubspot: "lead" } }];
  }
  if (contacts && companies && !sameOptions(contacts, companies))
    notes.push(difference("The companies lifecyclestage options differ from the contacts ones; the model has one lifecycle, written from contacts, so the preview aligns companies with it."));
  if (contacts) notes.push(...optionNotes("contacts lifecyclestage", contacts.options));
  if (companies) notes.push(...optionNotes("companies lifecyclestage", companies.options));
  const keys = new KeyAllocator("stage");
  const domains = guessDomains(property.options.map((o) => ({ label: o.label, value: o.value })));
  return property.options.map((o, i) => ({
    key: keys.key(o.label, o.value),
    label: o.label,
    domain: domains[i]!,
    ...describedAs(o.description, ph),
    owner: ph.owner,
    names: { hubspot: o.value },
  }));
}

/** HubSpot has no "converted" flag; the model needs one (Salesforce converts leads into it). */
function convertedIndex(options: readonly HubSpotOptionSpec[]): number {
  const byValue = options.findIndex((o) => o.value === "OPEN_DEAL");
  if (byValue !== -1) return byValue;
  const byLabel = options.findIndex((o) => /open deal|convert/i.test(o.label));
  return byLabel === -1 ? options.length - 1 : byLabel;
}

function statusesFrom(property: HubSpotPropertySnapshot | undefined, ph: Placeholders, notes: ImportNote[]): StatusInput[] {
  if (!property || property.options.length === 0) return [];
  notes.push(...optionNotes("hs_lead_status", property.options));
  const converted = convertedIndex(property.options);
  notes.push({ kind: "placeholder", message: `Status kinds: "${property.options[converted]!.value}" is marked converted (the model needs exactly one; HubSpot has no such flag); mark disqualified statuses \`kind: "disqualified"\` yourself.` });
  const keys = new KeyAllocator("status");
  return property.options.map((o, i) => ({
    key: keys.key(o.label, o.value),
    label: o.label,
    ...describedAs(o.description, ph),
    kind: i === converted ? "converted" : "open",
    names: { hubspot: o.value },
  }));
}

function dropOffFrom(snapshot: HubSpotSnapshot, notes: ImportNote[]) {
  const sources = (["contacts", "deals"] as const).flatMap((objectType) => {
    const property = snapshot.dropOff[objectType];
    if (!property) return [];
    const where = `${objectType}.drop_off_reason`;
    notes.push(...optionNotes(where, property.options));
    if (property.options.some((o) => o.description)) notes.push(difference(`${where} has option descriptions; the model's drop-off reasons have none, so the preview clears them.`));
    return [{ appliesTo: objectType === "contacts" ? ("lead" as const) : ("opportunity" as const), where, values: property.options.map((o) => ({ name: o.value, label: o.label })) }];
  });
  const merged = mergeDropOff(sources, new KeyAllocator("reason"), "hubspot");
  notes.push(...merged.notes);
  return merged.reasons;
}

function stageFrom(deal: boolean, stage: HubSpotPipelineSnapshot["stages"][number], key: string, where: string, notes: ImportNote[]): PipelineStageInput {
  const { probability, isClosed, ticketState, ...extra } = stage.metadata;
  const base = { key, label: stage.label, names: { hubspot: stage.id } };
  if (Object.keys(extra).length > 0) notes.push(difference(`${where} stage ${stage.id} has metadata the model does not keep (${Object.keys(extra).join(", ")}); the preview drops it.`));
  if (!deal) {
    if (ticketState !== "OPEN" && ticketState !== "CLOSED") notes.push(difference(`${where} stage ${stage.id} has no ticketState; the preview sets OPEN.`));
    return { ...base, outcome: ticketState === "CLOSED" ? "won" : "open" };
  }
  const p = Number(probability);
  if (probability === undefined || Number.isNaN(p) || p < 0 || p > 1) notes.push(difference(`${where} stage ${stage.id} has probability ${probability ?? "(none)"}; the model needs 0–1, so it is 0 here and the preview sets it.`));
  const closed = isClosed === "true";
  const safe = Number.isNaN(p) || p < 0 || p > 1 ? 0 : p;
  return { ...base, probability: safe, outcome: closed ? (safe >= 1 ? "won" : "lost") : "open" };
}

/** Deal pipelines (kind guessed from the label) and ticket pipelines (customer success), each in display order. */
function pipelinesFrom(snapshot: HubSpotSnapshot, notes: ImportNote[]): Record<string, PipelineInput> {
  const keys = new KeyAllocator("pipeline");
  const entries: Array<[string, PipelineInput]> = [];
  for (const objectType of ["deals", "tickets"] as const) {
    const deal = objectType === "deals";
    const pipelines = [...snapshot.pipelines[objectType]].sort((a, b) => a.displayOrder - b.displayOrder);
    if (pipelines.some((p, i) => p.displayOrder !== i)) notes.push(difference(`The ${objectType} pipelines have display orders other than 0, 1, 2…; the preview renumbers them in the same order.`));
    const labels = pipelines.map((p) => p.label.toLowerCase());
    labels.forEach((label, i) => {
      if (labels.indexOf(label) !== i) notes.push(difference(`Two ${objectType} pipelines are labelled "${pipelines[i]!.label}"; Bowtie adopts a pipeline by its label, so rename one before previewing.`));
    });
    for (const pipeline of pipelines) {
      const where = `The ${objectType} pipeline "${pipeline.label}"`;
      const stages = [...pipeline.stages].sort((a, b) => a.displayOrder - b.displayOrder);
      if (stages.some((s, i) => s.displayOrder !== i)) notes.push(difference(`${where} has stage display orders other than 0, 1, 2…; the preview renumbers them in the same order.`));
      const stageKeys = new KeyAllocator("stage");
      entries.push([keys.key(pipeline.label, pipeline.id), {
        label: pipeline.label,
        kind: deal ? guessDealKind(pipeline.label) : "customer-success",
        stages: stages.map((s) => stageFrom(deal, s, stageKeys.key(s.label, s.id), where, notes)),
        names: { hubspot: pipeline.id },
      }]);
    }
  }
  return Object.fromEntries(entries);
}

/** The architecture that reproduces the portal, and what the reader must know about it. */
export function importHubSpot(snapshot: HubSpotSnapshot, meta: ImportMeta): ImportResult {
  const placeholders = placeholdersFor("HubSpot", meta.date);
  const notes: ImportNote[] = [...modelPlaceholderNotes("HubSpot")];
  const lifecycle = lifecycleFrom(snapshot, placeholders, notes);
  const statuses = statusesFrom(snapshot.leadStatus, placeholders, notes);
  const dropOffReasons = dropOffFrom(snapshot, notes);
  const pipelines = pipelinesFrom(snapshot, notes);
  notes.push(
    notImportedNote("Workflows", snapshot.workflows.map((w) => `"${w.name}"${w.enabled ? "" : " (disabled)"}`), "automations"),
  );
  return {
    target: "hubspot",
    source: snapshot.source,
    date: meta.date,
    architecture: {
      name: "Imported from HubSpot",
      description: `Read from ${snapshot.source} on ${meta.date} by \`bowtie import\`.`,
      lifecycle,
      statuses,
      pipelines,
      dropOffReasons,
    },
    placeholders,
    notes,
  };
}
