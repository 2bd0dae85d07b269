/**
 * An import result as a TypeScript architecture module written with the `define.ts` helpers.
 * Invariant (unit tested): loading the module gives the same architecture as validating
 * `result.architecture`. Output is deterministic: same result, same text.
 */
import type {
  ArchitectureInput,
  LifecycleStageInput,
  PipelineInput,
  PipelineStageInput,
  RequiredField,
  StatusInput,
} from "../schema";
import { arr, call, data, docComment, obj, print, property, raw, str, type Code } from "./code";
import type { ImportNote, ImportResult } from "./snapshot";

const CRM = { salesforce: "Salesforce", hubspot: "HubSpot" } as const;
const SHARED = "pipelineStages";

interface Context {
  text: (value: string) => Code;
  used: Set<string>;
}

function helper(ctx: Context, name: string, ...args: Code[]): Code {
  ctx.used.add(name);
  return call(name, ...args);
}

const names = (ctx: Context, n: { salesforce?: string; hubspot?: string } | undefined): Array<[string, Code | undefined]> => [
  ["salesforce", n?.salesforce === undefined ? undefined : ctx.text(n.salesforce)],
  ["hubspot", n?.hubspot === undefined ? undefined : ctx.text(n.hubspot)],
];
const texts = (ctx: Context, list: readonly string[] | undefined) => arr((list ?? []).map(ctx.text));
const optional = <T>(value: T | undefined, make: (v: T) => Code): Code | undefined => (value === undefined ? undefined : make(value));

function required(ctx: Context, fields: readonly (Omit<RequiredField, "picklist"> & { picklist?: boolean })[] | undefined): Code | undefined {
  if (!fields || fields.length === 0) return undefined;
  return arr(fields.map((f) => helper(ctx, "field", ctx.text(f.label), obj([...names(ctx, f), ["picklist", optional(f.picklist || undefined, data)]]))));
}

function lifecycleStage(ctx: Context, s: LifecycleStageInput): Code {
  return helper(ctx, "stage", str(s.key), obj([
    ["label", ctx.text(s.label)],
    ["domain", str(s.domain)],
    ...names(ctx, s.names),
    ["golden", s.golden ? raw("true") : undefined],
    ["definition", ctx.text(s.definition)],
    ["description", optional(s.description, ctx.text)],
    ["owner", ctx.text(s.owner)],
    ["slaDays", optional(s.slaDays, data)],
    ["entry", texts(ctx, s.entryCriteria)],
    ["exit", texts(ctx, s.exitCriteria)],
    ["required", required(ctx, s.requiredFields)],
    ["redFlags", s.redFlags && s.redFlags.length > 0 ? texts(ctx, s.redFlags) : undefined],
    ["handoff", optional(s.handoff, ctx.text)],
  ]));
}

function status(ctx: Context, s: StatusInput): Code {
  return helper(ctx, "status", str(s.key), obj([
    ["label", ctx.text(s.label)],
    ...names(ctx, s.names),
    ["kind", s.kind === undefined || s.kind === "open" ? undefined : str(s.kind)],
    ["definition", ctx.text(s.definition)],
    ["description", optional(s.description, ctx.text)],
  ]));
}

const stageHelper = { open: "openStage", won: "wonStage", lost: "lostStage" } as const;

function pipelineStage(ctx: Context, s: PipelineStageInput): Code {
  return helper(ctx, stageHelper[s.outcome ?? "open"], str(s.key), obj([
    ["label", ctx.text(s.label)],
    ...names(ctx, s.names),
    ["definition", optional(s.definition, ctx.text)],
    ["probability", optional(s.probability, data)],
    ["forecastCategory", optional(s.forecastCategory, str)],
    ["lifecycle", optional(s.lifecycle, str)],
    ["owner", optional(s.owner, ctx.text)],
    ["slaDays", optional(s.slaDays, data)],
    ["entry", texts(ctx, s.entryCriteria)],
    ["exit", s.exitCriteria && s.exitCriteria.length > 0 ? texts(ctx, s.exitCriteria) : undefined],
    ["required", required(ctx, s.requiredFields)],
  ]));
}

/**
 * Pipeline stages are written once, in a shared table, when some appear in several pipelines (a
 * Salesforce OpportunityStage value shared by processes) and equal keys always mean equal stages.
 */
function sharedStages(pipelines: Record<string, PipelineInput>): Map<string, PipelineStageInput> | undefined {
  const byKey = new Map<string, { stage: PipelineStageInput; json: string; uses: number }>();
  for (const p of Object.values(pipelines)) {
    for (const stage of p.stages) {
      const json = JSON.stringify(stage);
      const seen = byKey.get(stage.key);
      if (seen && seen.json !== json) return undefined;
      byKey.set(stage.key, { stage, json, uses: (seen?.uses ?? 0) + 1 });
    }
  }
  if (![...byKey.values()].some((s) => s.uses > 1)) return undefined;
  return new Map([...byKey].map(([key, s]) => [key, s.stage]));
}

function pipeline(ctx: Context, p: PipelineInput, shared: boolean): Code {
  return helper(ctx, "pipeline", obj([
    ["label", ctx.text(p.label)],
    ["kind", str(p.kind)],
    ...names(ctx, p.names),
    ["description", optional(p.description, ctx.text)],
    ["salesforceProcess", optional(p.salesforceProcess, data)],
    ["stages", arr(p.stages.map((s) => (shared ? raw(`${SHARED}.${s.key}`) : pipelineStage(ctx, s))))],
  ]));
}

function dropOffReason(ctx: Context, r: NonNullable<ArchitectureInput["dropOffReasons"]>[number]): Code {
  const named = names(ctx, r.names).filter(([, v]) => v !== undefined);
  return helper(ctx, "dropOff", str(r.key), ctx.text(r.label), data(r.appliesTo), ...(named.length > 0 ? [obj(named)] : []));
}

function architecture(ctx: Context, a: ArchitectureInput, shared: boolean): Code {
  const list = <T>(items: readonly T[] | undefined, make: (item: T) => Code) => (items && items.length > 0 ? arr(items.map(make)) : undefined);
  const pipelines = a.pipelines ?? {};
  return helper(ctx, "defineArchitecture", obj([
    ["name", ctx.text(a.name)],
    ["description", optional(a.description, ctx.text)],
    ["lifecycle", arr(a.lifecycle.map((s) => lifecycleStage(ctx, s)))],
    ["statuses", list(a.statuses, (s) => status(ctx, s))],
    ["pipelines", Object.keys(pipelines).length > 0 ? obj(Object.entries(pipelines).map(([key, p]) => [property(key), pipeline(ctx, p, shared)])) : undefined],
    ["dropOffReasons", list(a.dropOffReasons, (r) => dropOffReason(ctx, r))],
    ["rules", list(a.rules, data)],
    ["automations", list(a.automations, data)],
    ["replacements", optional(a.replacements, data)],
    ["salesforce", optional(a.salesforce, data)],
  ]));
}

function header(result: ImportResult): string {
  const crm = CRM[result.target];
  const where = result.target === "salesforce" ? "org" : "portal";
  const of = (kind: ImportNote["kind"]) => result.notes.filter((n) => n.kind === kind).map((n) => `- ${n.message}`);
  const differences = of("difference");
  const blocks = [
    [`The ${crm} ${where} at ${result.source}, as \`bowtie import\` read it on ${result.date}.`],
    [
      differences.length === 0
        ? `Previewed against that ${where}, this architecture shows no changes: it declares the values, stages and pipelines exactly as they are. Fill in the placeholders (they do not reach ${crm}), then change the model deliberately: every change shows in \`bowtie preview\`.`
        : `Previewed against that ${where}, this architecture shows only the changes listed under "Differences": the model cannot say those things the way the ${where} does.`,
    ],
    [
      `Use it: \`pulumi config set bowtie:architecture <this file>\` and \`pulumi config set --path 'bowtie:targets[0]' ${result.target}\` in the stack, then \`bowtie preview -s <stack>\`.`,
    ],
    ["Not imported:", ...of("not-imported")],
    ["Placeholders to fill in:", ...of("placeholder")],
    ...(differences.length > 0 ? [["Differences the preview will show:", ...differences]] : []),
  ];
  return docComment(blocks);
}

export interface RenderOptions {
  /** Module specifier of `lifecycle/define`, relative to the written file (e.g. `../lifecycle/define`). */
  defineModule: string;
}

/** The module source: header, imports, placeholder constants, shared stages, the architecture. */
export function renderModule(result: ImportResult, options: RenderOptions): string {
  const { definition, owner } = result.placeholders;
  const constants = new Map<string, string>();
  const constant = (name: string, value: string) => {
    constants.set(name, value);
    return raw(name);
  };
  const ctx: Context = {
    text: (value) => (value === definition ? constant("DEFINITION", value) : value === owner ? constant("OWNER", value) : str(value)),
    used: new Set(),
  };
  const pipelines = result.architecture.pipelines ?? {};
  const shared = sharedStages(pipelines);
  const table = shared && print(obj([...shared].map(([key, s]) => [property(key), pipelineStage(ctx, s)])), 0, `const ${SHARED} = `.length);
  const body = print(architecture(ctx, result.architecture, shared !== undefined), 0, "export default ".length);
  const imports = [...ctx.used].sort().join(", ");
  return [
    header(result),
    `import { ${imports} } from ${JSON.stringify(options.defineModule)};`,
    "",
    ...(constants.size > 0
      ? [`/** What ${CRM[result.target]} does not record: replace each use (search for ${[...constants.keys()].join(" and ")}). */`, ...[...constants].map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`), ""]
      : []),
    ...(table ? [`/** Pipeline stages by key; the pipelines below list them (in ${CRM[result.target]}, a stage in several pipelines is one value). */`, `const ${SHARED} = ${table};`, ""] : []),
    `export default ${body};`,
    "",
  ].join("\n");
}
