import { customFieldValues } from "./metadata/object-children";
import { isActiveValue, type StoredValue } from "./metadata/picklists";
import { globalValues, standardValues } from "./metadata/value-sets";
import type { FieldValue, OrgState, SObjectRecord } from "./state";

/** A field of an emulated sObject, as describe reports it. */
export interface FieldInfo {
  name: string;
  label: string;
  type: "id" | "string" | "textarea" | "picklist" | "reference" | "currency" | "double" | "percent" | "date" | "datetime" | "boolean";
  required?: boolean;
  /** Set by Salesforce only (e.g. Lead.IsConverted, by lead conversion): refused in inserts and updates. */
  readOnly?: boolean;
  /** Where a picklist's values come from. */
  picklist?: { restricted: boolean; values: StoredValue[] };
  /** For a lookup: the object it points at, and the relationship name formulas use (`Account.Name`). */
  reference?: { to: string; relationship: string };
}

const text = (name: string, label: string, extra: Partial<FieldInfo> = {}): FieldInfo => ({ name, label, type: "string", ...extra });
const lookup = (name: string, label: string, to: string, extra: Partial<FieldInfo> = {}): FieldInfo => ({ name, label, type: "reference", reference: { to, relationship: name.replace(/Id$/, "") }, ...extra });
const openPicklist = (name: string, label: string): FieldInfo => ({ name, label, type: "picklist", picklist: { restricted: false, values: [] } });
const audit: FieldInfo[] = [
  lookup("OwnerId", "Owner ID", "User"),
  lookup("CreatedById", "Created By ID", "User", { readOnly: true }),
  lookup("LastModifiedById", "Last Modified By ID", "User", { readOnly: true }),
  { name: "CreatedDate", label: "Created Date", type: "datetime", readOnly: true },
  { name: "LastModifiedDate", label: "Last Modified Date", type: "datetime", readOnly: true },
];

/**
 * The emulated objects: the key prefix of their record ids and the standard fields Bowtie's rules,
 * flows and record moves use (names and types as in Salesforce's Object Reference).
 */
const sobjects: Record<string, { keyPrefix: string; fields: FieldInfo[] }> = {
  Lead: {
    keyPrefix: "00Q",
    fields: [
      text("FirstName", "First Name"),
      text("LastName", "Last Name", { required: true }),
      text("Name", "Full Name", { readOnly: true }),
      text("Company", "Company", { required: true }),
      { name: "IsConverted", label: "Converted", type: "boolean", readOnly: true },
      text("Email", "Email"),
      text("Phone", "Phone"),
      text("Title", "Title"),
      openPicklist("LeadSource", "Lead Source"),
      openPicklist("Rating", "Rating"),
      openPicklist("Industry", "Industry"),
      { name: "ConvertedDate", label: "Converted Date", type: "date", readOnly: true },
      lookup("ConvertedAccountId", "Converted Account ID", "Account", { readOnly: true }),
      lookup("ConvertedContactId", "Converted Contact ID", "Contact", { readOnly: true }),
      lookup("ConvertedOpportunityId", "Converted Opportunity ID", "Opportunity", { readOnly: true }),
      lookup("RecordTypeId", "Record Type ID", "RecordType"),
      { name: "Description", label: "Description", type: "textarea" },
      ...audit,
    ],
  },
  Contact: {
    keyPrefix: "003",
    fields: [
      text("FirstName", "First Name"),
      text("LastName", "Last Name", { required: true }),
      text("Name", "Full Name", { readOnly: true }),
      lookup("AccountId", "Account ID", "Account"),
      text("Email", "Email"),
      text("Phone", "Phone"),
      text("Title", "Title"),
      openPicklist("LeadSource", "Lead Source"),
      lookup("RecordTypeId", "Record Type ID", "RecordType"),
      { name: "Description", label: "Description", type: "textarea" },
      ...audit,
    ],
  },
  Account: {
    keyPrefix: "001",
    fields: [
      text("Name", "Account Name", { required: true }),
      openPicklist("Type", "Account Type"),
      openPicklist("Industry", "Industry"),
      lookup("ParentId", "Parent Account ID", "Account"),
      lookup("RecordTypeId", "Record Type ID", "RecordType"),
      { name: "AnnualRevenue", label: "Annual Revenue", type: "currency" },
      { name: "Description", label: "Account Description", type: "textarea" },
      ...audit,
    ],
  },
  Opportunity: {
    keyPrefix: "006",
    fields: [
      text("Name", "Name", { required: true }),
      lookup("AccountId", "Account ID", "Account"),
      { name: "Amount", label: "Amount", type: "currency" },
      { name: "CloseDate", label: "Close Date", type: "date", required: true },
      lookup("RecordTypeId", "Record Type ID", "RecordType"),
      text("NextStep", "Next Step"),
      { name: "Probability", label: "Probability (%)", type: "percent" },
      openPicklist("Type", "Opportunity Type"),
      openPicklist("LeadSource", "Lead Source"),
      openPicklist("ForecastCategoryName", "Forecast Category"),
      { name: "IsClosed", label: "Closed", type: "boolean", readOnly: true },
      { name: "IsWon", label: "Won", type: "boolean", readOnly: true },
      { name: "Description", label: "Description", type: "textarea" },
      ...audit,
    ],
  },
  OpportunityContactRole: {
    keyPrefix: "00K",
    fields: [
      lookup("OpportunityId", "Opportunity ID", "Opportunity", { required: true }),
      lookup("ContactId", "Contact ID", "Contact", { required: true }),
      openPicklist("Role", "Role"),
      { name: "IsPrimary", label: "Primary", type: "boolean" },
      ...audit,
    ],
  },
  Event: {
    keyPrefix: "00U",
    fields: [
      lookup("WhoId", "Name ID", "Contact"),
      lookup("WhatId", "Related To ID", "Account"),
      text("Subject", "Subject"),
      openPicklist("Type", "Type"),
      { name: "ActivityDate", label: "Due Date Only", type: "date" },
      { name: "StartDateTime", label: "Start Date Time", type: "datetime" },
      { name: "EndDateTime", label: "End Date Time", type: "datetime" },
      { name: "DurationInMinutes", label: "Duration", type: "double" },
      { name: "IsAllDayEvent", label: "All-Day Event", type: "boolean" },
      ...audit,
    ],
  },
};

/** Objects that hold no emulated records: reached through lookups (RecordType, User…) or queried for the org itself (Organization). */
export const lookupTargets: Record<string, FieldInfo[]> = {
  Organization: [text("Name", "Name"), { name: "IsSandbox", label: "Is Sandbox", type: "boolean" }, text("OrganizationType", "Edition")],
  RecordType: [text("Name", "Record Type Name"), text("DeveloperName", "Record Type Name"), text("SobjectType", "SObject Type Name"), { name: "IsActive", label: "Active", type: "boolean" }, { name: "Description", label: "Description", type: "textarea" }],
  User: [text("Username", "Username"), text("FirstName", "First Name"), text("LastName", "Last Name"), text("Name", "Full Name"), text("Email", "Email"), text("Alias", "Alias"), text("Title", "Title"), text("Department", "Department"), text("Division", "Division"), text("CompanyName", "Company Name"), { name: "IsActive", label: "Active", type: "boolean" }, lookup("ProfileId", "Profile ID", "Profile"), lookup("UserRoleId", "Role ID", "UserRole"), lookup("ManagerId", "Manager ID", "User")],
  Profile: [text("Name", "Name")],
  UserRole: [text("Name", "Name"), text("DeveloperName", "Developer Name")],
};

/** The one `Organization` row: what `SELECT IsSandbox FROM Organization` reads. */
export const organizationRow = (org: OrgState): SObjectRecord => ({ Id: org.orgId, Name: "Bowtie Sandbox", IsSandbox: org.isSandbox !== false, OrganizationType: org.isSandbox === false ? "Enterprise Edition" : "Developer Edition" });

/** True for the objects whose standard fields the sandbox knows (records may still be absent). */
export const isKnownObject = (type: string): boolean => Object.hasOwn(sobjects, type);

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
  const fields: FieldInfo[] = [{ name: "Id", label: `${type} ID`, type: "id" }, ...(sobjects[type]?.fields ?? lookupTargets[type] ?? [])];
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
        : customField(name, custom),
    );
  }
  return fields;
}

/** The describe type of a non-picklist custom field (Metadata `type`: Text, Number, Lookup…). */
function customField(name: string, custom: Record<string, unknown>): FieldInfo {
  const label = String(custom.label ?? name);
  const byType: Record<string, FieldInfo["type"]> = { Checkbox: "boolean", Number: "double", Currency: "currency", Percent: "percent", Date: "date", DateTime: "datetime", LongTextArea: "textarea", TextArea: "textarea", Lookup: "reference", MasterDetail: "reference" };
  const type = byType[String(custom.type)] ?? "string";
  if (type !== "reference") return { name, label, type };
  return { name, label, type, reference: { to: String(custom.referenceTo ?? ""), relationship: String(custom.relationshipName ?? name.replace(/__c$/, "")) + "__r" } };
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
