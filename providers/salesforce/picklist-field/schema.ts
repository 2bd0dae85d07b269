import { z } from "zod";
import { picklistValueSchema, replacementSchema } from "../picklist/values";
import { refinePicklist } from "../picklist/rules";

const apiName = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

/** zod schema of SalesforcePicklistFieldSpec: a custom field (`__c`) on an object. */
export const picklistFieldSchema = z
  .object({
    kind: z.literal("salesforce:picklist-field"),
    name: z.string().min(1),
    object: z.string().regex(apiName, "an object API name, e.g. Lead"),
    field: z.string().regex(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*__c$/, "a custom field API name ending in __c, e.g. Lifecycle_Stage__c"),
    label: z.string().min(1).max(40, "Salesforce field labels are at most 40 characters"),
    description: z.string().optional(),
    restricted: z.boolean(),
    values: z.array(picklistValueSchema).min(1, "a picklist needs at least one value"),
    replacements: z.array(replacementSchema),
  })
  .superRefine(refinePicklist);
