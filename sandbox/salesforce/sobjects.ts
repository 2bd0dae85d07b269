import { customFieldValues } from "./metadata/object-children";
import { isActiveValue, type StoredValue } from "./metadata/picklists";
import { globalValues, standardValues } from "./metadata/value-sets";
import type { FieldValue, OrgState } from "./state";

/** A field of an emulated sObject, as describe reports it. */
export interface FieldInfo {
  name: string;
  label: string;
  type: "id" | "string" | "picklist" | "reference" | "currency" | "date" | "boolean";
  required?: boolean;
  /** Set by Salesforce only (e.g. Lead.IsConverted, by lead conversion): refused in inserts and updates. */
  readOnly?: boolean;
  /** Where a picklist's values come from. */
  picklist?: { restricted: boolean; values: StoredValue[] };
}

/** The emulated objects: the key prefix of their record ids and their standard fields. */
const sobjects: Record<string, { keyPrefix: string; fields: FieldInfo[] }> = {
  Lead: {
    keyPrefix: "00Q",
    fields: [
      { name: "FirstName", label: "First Name", type: "string" },
      { name: "LastName", label: "Last Name", type: "string", required: true },
      { name: "Company", label: "Company", type: "string", required: true },
      { name: "IsConverted", label: "Converted", type: "boolean", readOnly: true },
      { name: "Email", label: "Email", type: "string" },
    ],
  },
  Contact: {
    keyPrefix: "003",
    fields: [
      { name: "FirstName", label: "First Name", type: "string" },
      { name: "LastName", label: "Last Name", type: "string", required: true },
      { name: "AccountId", label: "Account ID", type: "reference" },
      { name: "Email", label: "Email", type: "string" },
    ],
  },
  Account: { keyPrefix: "001", fields: [{ name: "Name", label: "Account Name", type: "string", required: true }] },
  Opportunity: {
    keyPrefix: "006",
    fields: [
      { name: "Name", label: "Name", type: "string", required: true },
      { name: "AccountId", label: "Account ID", type: "reference" },
      { name: "Amount", label: "Amount", type: "currency" },
      { name: "CloseDate", label: "Close Date", type: "date", required: true },
      { name: "RecordTypeId", label: "Record Type ID", type: "reference" },
    ],
  },
};

/** A new 18-character Salesforce-style id for a record of `type`, with the object's key prefix. */
export function newRecordId(org: OrgState, type: string): string {
  org.nextId += 1;
  return `${sobjects[type]!.keyPrefix}5g0000${String(org.nextId).padStart(6, "0")}AAA`;
}

/** Standard picklists backed by a StandardValueSet. */
const standardPicklists: Record<string, { field: string; label: string; valueSet: string }> = {
  Lead: { field: "Status", label: "Lead Status", valueSet: "LeadStatus" },
  Opportunity: { field: "StageName", label: "Stage", valueSet: "OpportunityStage" },
};

export const isSObject = (org: OrgState, type: string): boolean => Object.hasOwn(sobjects, type) && Object.hasOwn(org.records, type);

/** Every field of `type` in this org: standard ones plus the org's custom fields. */
export function fieldsOf(org: OrgState, type: string): FieldInfo[] {
  const fields: FieldInfo[] = [{ name: "Id", label: `${type} ID`, type: "id" }, ...(sobjects[type]?.fields ?? [])];
  const standard = standardPicklists[type];
  if (standard) {
    const values = standardValues(org.metadata.StandardValueSet?.[standard.valueSet]);
    fields.push({ name: standard.field, label: standard.label, type: "picklist", required: true, picklist: { restricted: true, values } });
  }
  for (const custom of Object.values(org.metadata.CustomField ?? {})) {
    const [object, name] = custom.fullName.split(".") as [string, string];
    if (object !== type) continue;
    const valueSet = custom.valueSet as { restricted?: boolean; valueSetName?: string } | undefined;
    const values = valueSet?.valueSetName
      ? globalValues(org.metadata.GlobalValueSet?.[valueSet.valueSetName])
      : customFieldValues(custom);
    fields.push(
      custom.type === "Picklist"
        ? { name, label: String(custom.label), type: "picklist", picklist: { restricted: Boolean(valueSet?.restricted || valueSet?.valueSetName), values } }
        : { name, label: String(custom.label), type: "string" },
    );
  }
  return fields;
}

/** A REST error entry: `{message, errorCode, fields}`. */
export interface RestError {
  message: string;
  errorCode: string;
  fields: string[];
}

/** Checks record fields as Salesforce does on insert/update: known fields, restricted picklists, required fields. */
export function checkRecord(org: OrgState, type: string, values: Record<string, FieldValue>, creating: boolean): RestError | undefined {
  const fields = fieldsOf(org, type);
  for (const [name, value] of Object.entries(values)) {
    const field = fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field || field.name === "Id") {
      return { message: `No such column '${name}' on sobject of type ${type}`, errorCode: "INVALID_FIELD", fields: [name] };
    }
    if (field.readOnly) {
      return { message: `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`, errorCode: "INVALID_FIELD_FOR_INSERT_UPDATE", fields: [field.name] };
    }
    if (field.picklist?.restricted && value !== null && value !== "") {
      const known = field.picklist.values.find((v) => v.fullName === value);
      if (!known || !isActiveValue(known)) {
        return { message: `bad value for restricted picklist field: ${String(value)}`, errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", fields: [field.name] };
      }
    }
  }
  if (creating) {
    const missing = fields.filter((f) => f.required && !(f.name in values) && !(f.picklist && defaultValue(f)));
    if (missing.length > 0) {
      return { message: `Required fields are missing: [${missing.map((f) => f.name).join(", ")}]`, errorCode: "REQUIRED_FIELD_MISSING", fields: missing.map((f) => f.name) };
    }
  }
  return undefined;
}

export function defaultValue(field: FieldInfo): string | undefined {
  return field.picklist?.values.find((v) => v.default === true && isActiveValue(v))?.fullName;
}

/** `GET /sobjects/{type}/describe`, trimmed to what clients read: fields with picklistValues and active flags. */
export function describeSObject(org: OrgState, type: string, version: string): Record<string, unknown> {
  return {
    name: type,
    label: type,
    custom: false,
    createable: true,
    updateable: true,
    queryable: true,
    urls: { describe: `/services/data/v${version}/sobjects/${type}/describe`, sobject: `/services/data/v${version}/sobjects/${type}` },
    fields: fieldsOf(org, type).map((field) => ({
      name: field.name,
      label: field.label,
      type: field.type,
      custom: field.name.endsWith("__c"),
      nillable: !field.required,
      restrictedPicklist: Boolean(field.picklist?.restricted),
      defaultValue: field.picklist ? defaultValue(field) ?? null : null,
      picklistValues: (field.picklist?.values ?? []).map((value) => ({
        active: isActiveValue(value),
        defaultValue: value.default === true,
        label: value.label ?? value.fullName,
        validFor: null,
        value: value.fullName,
      })),
    })),
  };
}
