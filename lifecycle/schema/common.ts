import { z } from "zod";

/**
 * A stable model key: lowercase snake_case, starting with a letter, no double or trailing
 * underscores, at most 24 characters. Keys are identities: CRM names derive from them, so
 * renaming a key retires the old value.
 */
export const keySchema = z
  .string({ error: "expected a key (lowercase snake_case text)" })
  .max(24, { error: "expected a key of at most 24 characters" })
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, {
    error: "expected lowercase snake_case starting with a letter (e.g. `closed_won`)",
  });

export const textSchema = z.string({ error: "expected text" }).trim().min(1, { error: "expected non-empty text" });

/** Optional per-CRM names: Salesforce picklist value API name, HubSpot internal value. */
export const crmNamesSchema = z
  .strictObject({
    salesforce: textSchema.optional(),
    hubspot: textSchema.optional(),
  })
  .default({});

export const criteriaSchema = z.array(textSchema, { error: "expected a list of criteria" }).default([]);

export const slaDaysSchema = z
  .number({ error: "expected a number of days" })
  .int({ error: "expected a whole number of days" })
  .positive({ error: "expected a positive number of days" })
  .optional();

/** A field that must be filled, named per CRM (`picklist` changes how Salesforce tests blankness). */
export const requiredFieldSchema = z.strictObject({
  label: textSchema,
  salesforce: textSchema.optional(),
  hubspot: textSchema.optional(),
  picklist: z.boolean().default(false),
});

export type CrmNames = z.infer<typeof crmNamesSchema>;
export type RequiredField = z.infer<typeof requiredFieldSchema>;
