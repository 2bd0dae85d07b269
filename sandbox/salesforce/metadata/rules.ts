import type { OrgState } from "../state";
import type { MetadataRecord } from "./coerce";
import { asList } from "./coerce";
import { checkPicklistValues, isActiveValue, mergePicklistValues, type StoredValue } from "./picklists";

/** An entry of `SaveResult.errors`. */
export interface SaveError {
  statusCode: string;
  message: string;
  fields: string[];
}

/** How one metadata type is validated, merged on update, and deleted. Each type declares its own rules. */
export interface TypeRules {
  /** Directory and suffix of the type in a retrieve (FileProperties.fileName, describeMetadata). */
  directoryName: string;
  suffix: string;
  /** Checks a component about to be stored; `existing` is undefined on create. */
  validate(org: OrgState, record: MetadataRecord, existing: MetadataRecord | undefined): SaveError | undefined;
  /** The stored component after a save (the whole component is replaced, except for retired picklist values). */
  merge(existing: MetadataRecord | undefined, incoming: MetadataRecord): MetadataRecord;
  /** A reason the component cannot be deleted, if any. */
  blockDelete?(org: OrgState, record: MetadataRecord): SaveError | undefined;
  /** Cannot be created or deleted (standard value sets always exist). */
  standard?: boolean;
  /** Called after a delete so records can lose the values of a deleted field. */
  afterDelete?(org: OrgState, record: MetadataRecord): void;
}

/** Objects whose records and child components the sandbox emulates. */
export const SOBJECTS = ["Lead", "Contact", "Account", "Opportunity"] as const;

const error = (statusCode: string, message: string, ...fields: string[]): SaveError => ({ statusCode, message, fields });

function childOf(record: MetadataRecord, objects: readonly string[] = SOBJECTS): SaveError | undefined {
  const [object, name, ...rest] = record.fullName.split(".");
  if (!object || !name || rest.length > 0) return error("INVALID_FULL_NAME", `Invalid fullName ${record.fullName}: expected Object.Name`, "fullName");
  if (!objects.includes(object)) return error("INVALID_CROSS_REFERENCE_KEY", `In field: fullName - no CustomObject named ${object} found`, "fullName");
  const base = name.endsWith("__c") ? name.slice(0, -3) : name;
  if (!/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/.test(base) || base.endsWith("_")) {
    return error("INVALID_FULL_NAME", `Invalid API name: ${name}`, "fullName");
  }
  return undefined;
}

const valuesOf = (record: MetadataRecord | undefined, key: string): StoredValue[] => asList(record?.[key] as StoredValue | StoredValue[] | undefined);

function mergeValueList(key: string) {
  return (existing: MetadataRecord | undefined, incoming: MetadataRecord): MetadataRecord => ({
    ...incoming,
    [key]: mergePicklistValues(valuesOf(existing, key), valuesOf(incoming, key)),
  });
}

const STANDARD_VALUE_SETS = ["LeadStatus", "OpportunityStage"];
const FORECAST_CATEGORIES = ["Omitted", "Pipeline", "BestCase", "Forecast", "Closed"];

function checkStandardValueSet(record: MetadataRecord): SaveError | undefined {
  if (!STANDARD_VALUE_SETS.includes(record.fullName)) {
    return error("INVALID_CROSS_REFERENCE_KEY", `In field: fullName - no StandardValueSet named ${record.fullName} found`, "fullName");
  }
  const values = mergePicklistValues([], valuesOf(record, "standardValue")).filter(isActiveValue);
  const bad = checkPicklistValues(values, "standardValue");
  if (bad) return bad;
  if (record.fullName === "LeadStatus" && !values.some((value) => value.converted === true)) {
    return error("FIELD_INTEGRITY_EXCEPTION", "LeadStatus needs at least one active converted value", "standardValue");
  }
  if (record.fullName === "OpportunityStage") {
    for (const value of values) {
      const probability = value.probability as number | undefined;
      if (probability !== undefined && (!(probability >= 0) || probability > 100)) {
        return error("FIELD_INTEGRITY_EXCEPTION", `Probability of ${value.fullName} must be between 0 and 100`, "probability");
      }
      if (value.forecastCategory !== undefined && !FORECAST_CATEGORIES.includes(value.forecastCategory as string)) {
        return error("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", `Invalid forecastCategory for ${value.fullName}: ${String(value.forecastCategory)}`, "forecastCategory");
      }
      if (value.won === true && value.closed !== true) {
        return error("FIELD_INTEGRITY_EXCEPTION", `Stage ${value.fullName} is won but not closed`, "closed");
      }
    }
  }
  return undefined;
}

function customFieldValues(record: MetadataRecord | undefined): StoredValue[] {
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

function checkBusinessProcess(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record, ["Opportunity"]);
  if (bad) return bad;
  const values = valuesOf(record, "values");
  if (values.length === 0) return error("REQUIRED_FIELD_MISSING", "A sales process needs at least one stage", "values");
  const stages = valuesOf(org.metadata.StandardValueSet?.OpportunityStage, "standardValue");
  for (const value of values) {
    const stage = stages.find((s) => s.fullName === value.fullName);
    if (!stage || !isActiveValue(stage)) {
      return error("FIELD_INTEGRITY_EXCEPTION", `Stage ${value.fullName} is not an active value of OpportunityStage`, "values");
    }
  }
  return undefined;
}

function checkRecordType(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record);
  if (bad) return bad;
  if (!record.label) return error("REQUIRED_FIELD_MISSING", "Required field is missing: label", "label");
  const [object] = record.fullName.split(".");
  if (object === "Opportunity") {
    if (!record.businessProcess) return error("REQUIRED_FIELD_MISSING", "Opportunity record types need a businessProcess", "businessProcess");
    if (!org.metadata.BusinessProcess?.[`Opportunity.${String(record.businessProcess)}`]) {
      return error("INVALID_CROSS_REFERENCE_KEY", `In field: businessProcess - no BusinessProcess named ${String(record.businessProcess)} found`, "businessProcess");
    }
  }
  return undefined;
}

function checkValidationRule(_org: OrgState, record: MetadataRecord): SaveError | undefined {
  const bad = childOf(record);
  if (bad) return bad;
  if (!record.errorConditionFormula) return error("REQUIRED_FIELD_MISSING", "Required field is missing: errorConditionFormula", "errorConditionFormula");
  if (!record.errorMessage) return error("REQUIRED_FIELD_MISSING", "Required field is missing: errorMessage", "errorMessage");
  return undefined;
}

const replace = (_existing: MetadataRecord | undefined, incoming: MetadataRecord) => incoming;

/** The component types stored in `OrgState.metadata` (Flow and FlowDefinition are versioned: see flows.ts). */
export const typeRules: Record<string, TypeRules> = {
  StandardValueSet: {
    directoryName: "standardValueSets", suffix: "standardValueSet", standard: true,
    validate: (_org, record) => checkStandardValueSet(record),
    merge: mergeValueList("standardValue"),
  },
  GlobalValueSet: {
    directoryName: "globalValueSets", suffix: "globalValueSet",
    validate: (_org, record) =>
      record.masterLabel ? checkPicklistValues(valuesOf(record, "customValue"), "customValue") : error("REQUIRED_FIELD_MISSING", "Required field is missing: masterLabel", "masterLabel"),
    merge: mergeValueList("customValue"),
    blockDelete: (org, record) => {
      const user = Object.values(org.metadata.CustomField ?? {}).find((field) => (field.valueSet as { valueSetName?: string } | undefined)?.valueSetName === record.fullName);
      return user ? error("FIELD_INTEGRITY_EXCEPTION", `Global value set ${record.fullName} is used by ${user.fullName}`, "fullName") : undefined;
    },
  },
  CustomField: {
    directoryName: "objects", suffix: "object",
    validate: checkCustomField,
    merge: mergeCustomField,
    afterDelete: (org, record) => {
      const [object, field] = record.fullName.split(".") as [string, string];
      for (const row of org.records[object] ?? []) delete row[field];
    },
  },
  BusinessProcess: {
    directoryName: "objects", suffix: "object",
    validate: checkBusinessProcess,
    merge: replace,
    blockDelete: (org, record) => {
      const name = record.fullName.split(".")[1];
      const user = Object.values(org.metadata.RecordType ?? {}).find((rt) => rt.businessProcess === name);
      return user ? error("FIELD_INTEGRITY_EXCEPTION", `Sales process ${record.fullName} is used by record type ${user.fullName}`, "fullName") : undefined;
    },
  },
  RecordType: { directoryName: "objects", suffix: "object", validate: checkRecordType, merge: replace },
  ValidationRule: { directoryName: "objects", suffix: "object", validate: checkValidationRule, merge: replace },
};

/** Picklist values of a stored component, whatever its type (for describe and record checks). */
export function picklistValuesOf(type: string, record: MetadataRecord | undefined): StoredValue[] {
  if (type === "CustomField") return customFieldValues(record);
  if (type === "GlobalValueSet") return valuesOf(record, "customValue");
  return valuesOf(record, "standardValue");
}
