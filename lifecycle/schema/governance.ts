import { z } from "zod";
import { crmNamesSchema, keySchema, textSchema } from "./common";

/** Why a record did not advance; required when a lead is disqualified or a deal is lost. */
export const dropOffReasonSchema = z.strictObject({
  key: keySchema,
  label: textSchema,
  appliesTo: z
    .array(z.enum(["lead", "opportunity"], { error: "expected lead or opportunity" }))
    .min(1, { error: "expected at least one of lead, opportunity" }),
  names: crmNamesSchema,
});

/** Rules enforced in the CRM (Salesforce validation rules; HubSpot forward-only workflows). */
export const ruleSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("forward-only-lifecycle") }),
    z.strictObject({ kind: z.literal("required-fields-on-entry") }),
    z.strictObject({ kind: z.literal("drop-off-reason-required") }),
    z.strictObject({ kind: z.literal("stage-requires-opportunity"), stage: keySchema }),
  ],
  { error: "expected a rule kind: forward-only-lifecycle, required-fields-on-entry, drop-off-reason-required or stage-requires-opportunity" },
);

/** Automations that move the lifecycle forward; `stage` is a lifecycle stage key. */
export const automationSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("deal-created"), stage: keySchema }),
    z.strictObject({ kind: z.literal("deal-won"), stage: keySchema }),
    z.strictObject({ kind: z.literal("meeting-booked"), stage: keySchema, unlessAtOrBeyond: keySchema }),
    z.strictObject({ kind: z.literal("company-rollup") }),
  ],
  { error: "expected an automation kind: deal-created, deal-won, meeting-booked or company-rollup" },
);

/** A retired CRM value (`from`, as the CRM spells it) and the model key its records move to. */
export const replacementSchema = z.strictObject({
  from: textSchema,
  to: keySchema,
  /** Limit to one CRM; omitted means both. */
  target: z.enum(["salesforce", "hubspot"], { error: "expected salesforce or hubspot" }).optional(),
});

export const replacementsSchema = z
  .strictObject({
    lifecycle: z.array(replacementSchema).default([]),
    statuses: z.array(replacementSchema).default([]),
    /** Keyed by pipeline key; `to` is a stage key of that pipeline. */
    pipelines: z.record(z.string(), z.array(replacementSchema)).default({}),
  })
  .default({ lifecycle: [], statuses: [], pipelines: {} });

export type DropOffReason = z.infer<typeof dropOffReasonSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Automation = z.infer<typeof automationSchema>;
export type Replacement = z.infer<typeof replacementSchema>;
export type Replacements = z.infer<typeof replacementsSchema>;
