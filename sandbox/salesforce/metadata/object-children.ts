/** The metadata types that are children of an object (`Object.Name`): fields, sales processes, record types, validation rules. */
import { decodeMetadataName } from "../../../specs/salesforce/metadata-name";
import type { OrgState } from "../state";
import { asList, type MetadataRecord } from "./coerce";
import { checkPicklistValues, isActiveValue, mergePicklistValues, valuesOf, type StoredValue } from "./picklists";
import type { StoredTypeRules } from "./stored-type";
import { saveError as error, type SaveError } from "./type";
import { checkRuleReferences } from "./references";
import { standardValues } from "./value-sets";

/** Objects whose records and child components the sandbox emulates. */
const SOBJECTS = ["Lead", "Contact", "Account", "Opportunity"] as const;

/** Objects that have sales-style processes: Opportunity (OpportunityStage) and Lead (LeadStatus). */
const PROCESS_VALUE_SETS: Record<string, string> = { Opportunity: "OpportunityStage", Lead: "LeadStatus" };

/**
 * `Object.Name` where Name is an API name (fields, record types, rules), or, with `freeName`, any
 * text with `.` encoded as `%2E` (BusinessProcess: `Opportunity.Benefits BoR Sales Process`).
 */
function childOf(record: MetadataRecord, objects: readonly string[] = SOBJECTS, freeName = false): SaveError | undefined {
  const [object, name, ...rest] = record.fullName.split(".");
  if (!object || !name || rest.length > 0) return error("INVALID_FULL_NAME", `Invalid fullName ${record.fullName}: expected Object.Name`, "fullName");
  if (!objects.includes(object)) return error("INVALID_CROSS_REFERENCE_KEY", `In field: fullName - no CustomObject named ${object} found`, "fullName");
  if (freeName) return name.length > 80 || name.trim() !== name ? error("INVALID_FULL_NAME", `Invalid name: ${name}`, "fullName") : undefined;
  const base = name.endsWith("__c") ? name.slice(0, -3) : name;
  if (!/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/.test(base) || base.endsWith("_")) {
    return error("INVALID_FULL_NAME", `Invalid API name: ${name}`, "fullName");
  }
  return undefined;
}

/** The values of a custom picklist field's own value set (none for a field on a global value set). */
export function customFieldValues(record: MetadataRecord | undefined): StoredValue[] {
  const valueSet = record?.valueSet as { valueSetDefinition?: { value?: StoredValue[] } } | undefined;
  return asList(valueSet?.valueSetDefinition?.value);
}

function checkCustomField(org: OrgState, record: MetadataRecord, existing: MetadataRecord | undefined): SaveError | undefined {
  const bad = childOf(record);
  if (bad) return bad;
  if (!record.fullName.endsWith("__c")) return error("INVALID_FULL_NAME", `Custom field names end with __c: ${record.fullName}`, "fullName");
  if (!record.label) return error("REQUIRED_FIELD_MISSING", "Required field is missing: label", "label");
  if (!record.type) return error("REQUIRED_FIELD_MISSING", "Required field is missing: type", "type");
  if (existing && existing.type !== record.type) {
    return error("FIELD_INTEGRITY_EXCEPTION", `Cannot change the type of ${record.fullName} from ${String(existing.type)} to ${String(record.type)}`, "type");
  }
  if (record.type !== "Picklist") return undefined;
  const valueSet = record.valueSet as { valueSetName?: string; valueSetDefinition?: unknown } | undefined;
  if (!valueSet) return error("REQUIRED_FIELD_MISSING", "Picklist fields need a valueSet", "valueSet");
  if (valueSet.valueSetName && !org.metadata.GlobalValueSet?.[valueSet.valueSetName]) {
    return error("INVALID_CROSS_REFERENCE_KEY", `In field: valueSetName - no GlobalValueSet named ${valueSet.valueSetName} found`, "valueSetName");
  }
  return checkPicklistValues(customFieldValues(record), "valueSet");
}

function mergeCustomField(existing: MetadataRecord | undefined, incoming: MetadataRecord): MetadataRecord {
  const valueSet = incoming.valueSet as { valueSetDefinition?: Record<string, unknown> } | undefined;
  if (!valueSet?.valueSetDefinition) return incoming;
  const value = mergePicklistValues(customFieldValues(existing), customFieldValues(incoming));
  return { ...incoming, valueSet: { ...valueSet, valueSetDefinition: { ...valueSet.valueSetDefinition, value } } };
}

/** Values inside a BusinessProcess are the value set's names, percent-encoded (`Proposal%2FPrice Quote`). */
function checkBusinessProcess(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record, Object.keys(PROCESS_VALUE_SETS), true);
  if (bad) return bad;
  const valueSet = PROCESS_VALUE_SETS[record.fullName.split(".")[0]!]!;
  const values = valuesOf(record, "values");
  if (values.length === 0) return error("REQUIRED_FIELD_MISSING", "A sales process needs at least one stage", "values");
  const stages = standardValues(org.metadata.StandardValueSet?.[valueSet]);
  for (const value of values) {
    const name = decodeMetadataName(value.fullName);
    const stage = stages.find((s) => s.fullName === name);
    if (!stage || !isActiveValue(stage)) {
      return error("FIELD_INTEGRITY_EXCEPTION", `Stage ${name} is not an active value of ${valueSet}`, "values");
    }
  }
  return undefined;
}

function checkRecordType(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record);
  if (bad) return bad;
  if (!record.label) return error("REQUIRED_FIELD_MISSING", "Required field is missing: label", "label");
  const [object] = record.fullName.split(".") as [string];
  if (object === "Opportunity" && !record.businessProcess) return error("REQUIRED_FIELD_MISSING", "Opportunity record types need a businessProcess", "businessProcess");
  if (record.businessProcess && PROCESS_VALUE_SETS[object]) {
    const process = String(record.businessProcess);
    const exists = Object.keys(org.metadata.BusinessProcess ?? {}).some((fullName) => fullName.startsWith(`${object}.`) && decodeMetadataName(fullName.slice(object.length + 1)) === decodeMetadataName(process));
    if (!exists) return error("INVALID_CROSS_REFERENCE_KEY", `In field: businessProcess - no BusinessProcess named ${process} found`, "businessProcess");
  }
  return undefined;
}

function checkValidationRule(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record);
  if (bad) return bad;
  if (!record.errorConditionFormula) return error("REQUIRED_FIELD_MISSING", "Required field is missing: errorConditionFormula", "errorConditionFormula");
  if (!record.errorMessage) return error("REQUIRED_FIELD_MISSING", "Required field is missing: errorMessage", "errorMessage");
  return checkRuleReferences(org, record);
}

const replace = (_existing: MetadataRecord | undefined, incoming: MetadataRecord) => incoming;

export const customFieldRules: StoredTypeRules = {
  directoryName: "objects", suffix: "object", idPrefix: "00N",
  validate: checkCustomField,
  merge: mergeCustomField,
  afterDelete: (org, record) => {
    const [object, field] = record.fullName.split(".") as [string, string];
    for (const row of org.records[object] ?? []) delete row[field];
  },
  afterRename: (org, oldFullName, newFullName) => {
    const [object, oldField] = oldFullName.split(".") as [string, string];
    const newField = newFullName.split(".")[1]!;
    for (const row of org.records[object] ?? []) {
      if (oldField in row) {
        row[newField] = row[oldField]!;
        delete row[oldField];
      }
    }
  },
};

export const businessProcessRules: StoredTypeRules = {
  directoryName: "objects", suffix: "object", idPrefix: "019",
  validate: checkBusinessProcess,
  merge: replace,
  blockDelete: (org, record) => {
    const [object, name] = record.fullName.split(".") as [string, string];
    const user = Object.values(org.metadata.RecordType ?? {}).find((rt) => rt.fullName.startsWith(`${object}.`) && decodeMetadataName(String(rt.businessProcess ?? "")) === decodeMetadataName(name));
    return user ? error("FIELD_INTEGRITY_EXCEPTION", `Sales process ${record.fullName} is used by record type ${user.fullName}`, "fullName") : undefined;
  },
};

export const recordTypeRules: StoredTypeRules = { directoryName: "objects", suffix: "object", idPrefix: "012", validate: checkRecordType, merge: replace };

export const validationRuleRules: StoredTypeRules = { directoryName: "objects", suffix: "object", idPrefix: "03d", validate: checkValidationRule, merge: replace };
