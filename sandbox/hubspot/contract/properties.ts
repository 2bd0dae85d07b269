/** CRM Properties v3 (`/crm/v3/properties/{objectType}`), from the facts of HubSpot's OpenAPI document. */
import { z } from "zod";
import { booleanText, timestamp } from "./common";

const fieldTypes = ["booleancheckbox", "calculation_equation", "checkbox", "date", "file", "html", "number", "phonenumber", "radio", "select", "text", "textarea"] as const;
const types = ["bool", "date", "datetime", "enumeration", "number", "phone_number", "string"] as const;
const numberDisplayHints = ["currency", "duration", "formatted", "percentage", "probability", "unformatted"] as const;
const textDisplayHints = ["domain_name", "email", "ip_address", "multi_line", "phone_number", "physical_address", "postal_code", "unformatted_single_line"] as const;

/** `OptionInput`, and `Option` as answered (the same fields): `hidden` is required. */
export const optionInput = z.strictObject({ label: z.string(), value: z.string(), hidden: z.boolean(), description: z.string().optional(), displayOrder: z.number().int().optional() });

export const propertyCreate = z.strictObject({
  name: z.string(),
  label: z.string(),
  type: z.enum(types),
  fieldType: z.enum(fieldTypes),
  groupName: z.string(),
  description: z.string().optional(),
  displayOrder: z.number().int().optional(),
  options: z.array(optionInput).optional(),
  formField: z.boolean().optional(),
  hidden: z.boolean().optional(),
  hasUniqueValue: z.boolean().optional(),
  externalOptions: z.boolean().optional(),
  calculationFormula: z.string().optional(),
  currencyPropertyName: z.string().optional(),
  dataSensitivity: z.enum(["highly_sensitive", "non_sensitive", "sensitive"]).optional(),
  numberDisplayHint: z.enum(numberDisplayHints).optional(),
  referencedObjectType: z.string().optional(),
  showCurrencySymbol: z.boolean().optional(),
  textDisplayHint: z.enum(textDisplayHints).optional(),
});

/** `PropertyUpdate`: the create's fields but those fixed at creation, every one optional; a given `options` replaces the whole list. */
export const propertyUpdate = propertyCreate.omit({ name: true, hasUniqueValue: true, externalOptions: true, dataSensitivity: true, referencedObjectType: true }).partial();


export const property = z.strictObject({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  fieldType: z.string(),
  description: z.string(),
  groupName: z.string(),
  options: z.array(optionInput),
  displayOrder: z.number().int().optional(),
  calculated: z.boolean().optional(),
  externalOptions: z.boolean().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  hubspotDefined: z.boolean().optional(),
  formField: z.boolean().optional(),
  modificationMetadata: z.strictObject({ archivable: z.boolean(), readOnlyDefinition: z.boolean(), readOnlyOptions: z.boolean().optional(), readOnlyValue: z.boolean() }).optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  archived: z.boolean().optional(),
  archivedAt: timestamp.optional(),
});

export const propertyCollection = z.strictObject({ results: z.array(property) });
export const propertyBatchRead = z.strictObject({
  archived: z.boolean(),
  dataSensitivity: z.enum(["highly_sensitive", "non_sensitive", "sensitive"]),
  inputs: z.array(z.strictObject({ name: z.string() })),
});

export const propertyGroupCreate = z.strictObject({ name: z.string(), label: z.string(), displayOrder: z.number().int().optional() });
export const propertyGroup = z.strictObject({ name: z.string(), label: z.string(), displayOrder: z.number().int(), archived: z.boolean() });
export const propertyGroupCollection = z.strictObject({ results: z.array(propertyGroup) });

export const propertyReadQuery = { archived: booleanText.optional(), properties: z.string().optional(), locale: z.string().optional(), dataSensitivity: z.string().optional() };
