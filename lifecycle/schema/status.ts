import { z } from "zod";
import { crmNamesSchema, keySchema, textSchema } from "./common";

/**
 * A contact/lead status: the working state ("what is happening now"), kept separate from the
 * lifecycle stage (funnel position). `converted` marks the Salesforce converted status (exactly
 * one); `disqualified` statuses require a drop-off reason.
 */
export const statusSchema = z.strictObject({
  key: keySchema,
  label: textSchema,
  definition: textSchema,
  kind: z.enum(["open", "converted", "disqualified"], {
    error: "expected a status kind: open, converted or disqualified",
  }).default("open"),
  /** What the CRM shows as the value's description: omitted, the definition; `""`, none. */
  description: z.string().optional(),
  names: crmNamesSchema,
});

export type Status = z.infer<typeof statusSchema>;
export type StatusInput = z.input<typeof statusSchema>;
