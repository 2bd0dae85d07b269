import { z } from "zod";
import { replacementSchema, resourceName } from "../common";
import { apiNamePattern, picklistValueSchema, refinePicklist } from "./picklist-value";

/** A restricted picklist CustomField (`__c`) on an object, e.g. `Lead.Lifecycle_Stage__c`. */
export const picklistFieldSchema = z
  .object({
    kind: z.literal("salesforce:picklist-field"),
    name: resourceName,
    object: z.string().regex(apiNamePattern, "an object API name, e.g. Lead"),
    /** `Lifecycle_Stage__c`; the Metadata fullName is `${object}.${field}`. */
    field: z.string().regex(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*__c$/, "a custom field API name ending in __c, e.g. Lifecycle_Stage__c"),
    label: z.string().min(1).max(40, "Salesforce field labels are at most 40 characters"),
    description: z.string().optional(),
    restricted: z.boolean(),
    values: z.array(picklistValueSchema).min(1, "a picklist needs at least one value"),
    replacements: z.array(replacementSchema),
  })
  .superRefine(refinePicklist);
export type SalesforcePicklistFieldSpec = z.infer<typeof picklistFieldSchema>;
