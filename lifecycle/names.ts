/**
 * Per-CRM names derived from the model. Shared by the lint (which checks them) and the compiler
 * (which emits them), so both always agree. Names derive from keys, never labels: a relabel
 * never renames a CRM value.
 */
import { createHash } from "node:crypto";

interface Named {
  key: string;
  names: { salesforce?: string; hubspot?: string };
}

/** `closed_won` → `Closed Won`. */
export function titleFromKey(key: string): string {
  return key
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** Salesforce picklist value API name: explicit, else the title-cased key. */
export function salesforceValue(item: Named): string {
  return item.names.salesforce ?? titleFromKey(item.key);
}

/** HubSpot internal value (option value or pipeline stage key): explicit, else the key. */
export function hubspotValue(item: Named): string {
  return item.names.hubspot ?? item.key;
}

/** What the CRM shows as a stage's or status's description: its override, else its definition (`""`: none). */
export function valueDescription(item: { definition: string; description?: string }): string {
  return item.description ?? item.definition;
}

/** Salesforce developer-name rule: letter first, letters/digits/underscores, no `__`, no trailing `_`. */
export const SALESFORCE_DEVELOPER_NAME = /^[A-Za-z](?:[A-Za-z0-9]|_(?=[A-Za-z0-9]))*$/;

/** `new_business` → `New_Business`. */
export function developerNameFromKey(key: string): string {
  return key
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("_");
}

/**
 * Fits a developer name into `max` characters deterministically: over-long names keep a prefix
 * and gain a short hash of the full name, so distinct inputs stay distinct and stable.
 */
export function fitDeveloperName(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 6);
  const prefix = name.slice(0, max - hash.length - 1).replace(/_+$/, "");
  return `${prefix}_${hash}`;
}

/** Fields and properties Bowtie owns or drives. */
export const SALESFORCE = {
  lifecycleField: "Lifecycle_Stage__c",
  dropOffField: "Drop_Off_Reason__c",
  customerSuccessField: "Customer_Success_Stage__c",
  lifecycleObjects: ["Lead", "Contact", "Account"] as const,
  /** Salesforce limits: custom field API name 40 (before `__c`); picklist values 255; Lead Status and Opportunity Stage values 40. */
  limits: { customPicklistValue: 255, standardPicklistValue: 40, validationRuleName: 40, flowName: 80, recordTypeName: 80 },
} as const;

export const HUBSPOT = {
  lifecycleProperty: "lifecyclestage",
  leadStatusProperty: "hs_lead_status",
  dropOffProperty: "drop_off_reason",
  /** Internal values: letters, digits and underscores, at most 100 characters. */
  valuePattern: /^[A-Za-z0-9_]{1,100}$/,
  /** HubSpot's own lifecycle stages: all a portal that refuses lifecycle stage edits offers. */
  defaultLifecycleStages: ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"],
} as const;
