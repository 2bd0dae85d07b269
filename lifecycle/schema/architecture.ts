import { z } from "zod";
import { HUBSPOT, hubspotValue, salesforceValue } from "../names";
import { keySchema, textSchema } from "./common";
import { automationSchema, dropOffReasonSchema, replacementsSchema, ruleSchema } from "./governance";
import { isDealPipeline, pipelineSchema } from "./pipeline";
import { lifecycleStageSchema } from "./stage";
import { statusSchema } from "./status";

/**
 * Salesforce details the model would otherwise derive; `bowtie import` writes them so an existing
 * org is adopted as it is. Omitted: Bowtie's field description, and the first stage as the default.
 */
const salesforceSettingsSchema = z.strictObject({
  lifecycleField: z
    .strictObject({
      /** The description of `Lifecycle_Stage__c`; `""` for none. */
      description: z.string().optional(),
      /** `false`: the field has no default value (otherwise new records start in the first stage). */
      firstStageIsDefault: z.boolean().default(true),
    })
    .default({ firstStageIsDefault: true }),
});

/**
 * HubSpot details. `lifecycleStages: "portal-defaults"` is for a portal that refuses lifecycle stage
 * edits: Bowtie leaves the `lifecyclestage` options as HubSpot defines them and maps each stage onto
 * one of HubSpot's default stages through `names.hubspot`; adjacent stages may share one.
 */
const hubspotSettingsSchema = z.strictObject({
  lifecycleStages: z.enum(["managed", "portal-defaults"]).default("managed"),
});

const architectureShape = z.strictObject({
  name: textSchema,
  description: textSchema.optional(),
  /** Lifecycle stages in forward order across the lead, sales and customer domains. */
  lifecycle: z.array(lifecycleStageSchema).min(1, { error: "expected at least one lifecycle stage" }),
  statuses: z.array(statusSchema).default([]),
  /** Keyed by pipeline key (`new_business`, `renewal`…). */
  pipelines: z.record(keySchema, pipelineSchema).default({}),
  dropOffReasons: z.array(dropOffReasonSchema).default([]),
  rules: z.array(ruleSchema).default([]),
  automations: z.array(automationSchema).default([]),
  replacements: replacementsSchema,
  salesforce: salesforceSettingsSchema.optional(),
  hubspot: hubspotSettingsSchema.optional(),
});

type Shape = z.infer<typeof architectureShape>;
type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: "custom", path, message });
}

function checkReferences(arch: Shape, ctx: Ctx): void {
  const stageKeys = new Set(arch.lifecycle.map((s) => s.key));
  const expectStage = (key: string, path: (string | number)[]) => {
    if (!stageKeys.has(key)) issue(ctx, path, `expected a lifecycle stage key (one of ${[...stageKeys].join(", ")}), got "${key}"`);
  };
  arch.rules.forEach((rule, i) => {
    if (rule.kind === "stage-requires-opportunity") expectStage(rule.stage, ["rules", i, "stage"]);
  });
  arch.automations.forEach((automation, i) => {
    if ("stage" in automation) expectStage(automation.stage, ["automations", i, "stage"]);
    if (automation.kind === "meeting-booked") expectStage(automation.unlessAtOrBeyond, ["automations", i, "unlessAtOrBeyond"]);
  });
  arch.replacements.lifecycle.forEach((r, i) => expectStage(r.to, ["replacements", "lifecycle", i, "to"]));
  const statusKeys = new Set(arch.statuses.map((s) => s.key));
  arch.replacements.statuses.forEach((r, i) => {
    if (!statusKeys.has(r.to)) issue(ctx, ["replacements", "statuses", i, "to"], `expected a status key (one of ${[...statusKeys].join(", ")}), got "${r.to}"`);
  });
  for (const [pipelineKey, list] of Object.entries(arch.replacements.pipelines)) {
    const pipeline = arch.pipelines[pipelineKey];
    if (!pipeline) {
      issue(ctx, ["replacements", "pipelines", pipelineKey], `expected a pipeline key (one of ${Object.keys(arch.pipelines).join(", ")})`);
      continue;
    }
    const keys = new Set(pipeline.stages.map((s) => s.key));
    list.forEach((r, i) => {
      if (!keys.has(r.to)) issue(ctx, ["replacements", "pipelines", pipelineKey, i, "to"], `expected a stage key of pipeline "${pipelineKey}" (one of ${[...keys].join(", ")}), got "${r.to}"`);
    });
  }
  for (const [pipelineKey, pipeline] of Object.entries(arch.pipelines)) {
    pipeline.stages.forEach((stage, i) => {
      if (stage.lifecycle !== undefined) expectStage(stage.lifecycle, ["pipelines", pipelineKey, "stages", i, "lifecycle"]);
    });
  }
}

function checkPipelines(arch: Shape, ctx: Ctx): void {
  for (const [key, pipeline] of Object.entries(arch.pipelines)) {
    pipeline.stages.forEach((stage, i) => {
      const path = ["pipelines", key, "stages", i];
      if (isDealPipeline(pipeline) && stage.probability === undefined)
        issue(ctx, [...path, "probability"], "expected a probability between 0 and 1 (deal pipeline stages forecast revenue)");
      if (!isDealPipeline(pipeline) && stage.probability !== undefined)
        issue(ctx, [...path, "probability"], "expected no probability: the customer-success pipeline is kept out of revenue forecasting");
    });
  }
}

/**
 * Salesforce has one OpportunityStage list for every sales process, so records on a retired stage
 * can move to one stage only: the same value may not be retired to different stages in two pipelines.
 */
function checkSharedStageRetirements(arch: Shape, ctx: Ctx): void {
  const seen = new Map<string, { to: string; pipeline: string }>();
  for (const [pipelineKey, list] of Object.entries(arch.replacements.pipelines)) {
    const pipeline = arch.pipelines[pipelineKey];
    if (!pipeline || !isDealPipeline(pipeline)) continue;
    list.forEach((r, i) => {
      const stage = pipeline.stages.find((s) => s.key === r.to);
      if (!stage || r.target === "hubspot") return;
      const to = salesforceValue(stage);
      const first = seen.get(r.from);
      if (first === undefined) seen.set(r.from, { to, pipeline: pipelineKey });
      else if (first.to !== to)
        issue(ctx, ["replacements", "pipelines", pipelineKey, i, "from"], `"${r.from}" is already retired to "${first.to}" in pipeline "${first.pipeline}": Salesforce shares one OpportunityStage list, so its records can move to one stage only (set target: "hubspot" if this one is for HubSpot)`);
    });
  }
}

/** On a locked portal every stage maps onto a HubSpot default stage, and stages sharing one are adjacent. */
function checkPortalDefaults(arch: Shape, ctx: Ctx): void {
  if (arch.hubspot?.lifecycleStages !== "portal-defaults") return;
  const defaults: readonly string[] = HUBSPOT.defaultLifecycleStages;
  const lastIndex = new Map<string, number>();
  arch.lifecycle.forEach((stage, i) => {
    const value = hubspotValue(stage);
    const path = ["lifecycle", i, "names", "hubspot"];
    if (!defaults.includes(value)) {
      issue(ctx, path, `expected one of HubSpot's default lifecycle stages (${defaults.join(", ")}) because hubspot.lifecycleStages is "portal-defaults", got "${value}"`);
    } else if (lastIndex.has(value) && lastIndex.get(value) !== i - 1) {
      issue(ctx, path, `"${value}" is already used by lifecycle[${lastIndex.get(value)}]: only adjacent stages may share a HubSpot stage, or the lifecycle would not move forward in HubSpot`);
    }
    lastIndex.set(value, i);
  });
}

function checkStatuses(arch: Shape, ctx: Ctx): void {
  if (arch.statuses.length === 0) return;
  const converted = arch.statuses.filter((s) => s.kind === "converted").length;
  if (converted !== 1) issue(ctx, ["statuses"], `expected exactly one status of kind "converted" (Salesforce converts leads into it), found ${converted}`);
}

/**
 * The whole architecture. Structural checks (shapes, ranges, references between keys) live here
 * and make an architecture invalid; governance checks (gotchas) live in the lint.
 */
export const architectureSchema = architectureShape.superRefine((arch, ctx) => {
  checkReferences(arch, ctx);
  checkPipelines(arch, ctx);
  checkStatuses(arch, ctx);
  checkPortalDefaults(arch, ctx);
  checkSharedStageRetirements(arch, ctx);
});

export type Architecture = z.infer<typeof architectureSchema>;
export type ArchitectureInput = z.input<typeof architectureSchema>;
