/** Standard value sets (always exist, only updated) and global value sets: their values and rules. */
import type { MetadataRecord } from "./coerce";
import { checkPicklistValues, isActiveValue, mergePicklistValues, valuesOf, type StoredValue } from "./picklists";
import type { StoredTypeRules } from "./stored-type";
import { saveError as error, type SaveError } from "./type";

/** The values of a standard value set (`standardValue`). */
export const standardValues = (record: MetadataRecord | undefined): StoredValue[] => valuesOf(record, "standardValue");
/** The values of a global value set (`customValue`). */
export const globalValues = (record: MetadataRecord | undefined): StoredValue[] => valuesOf(record, "customValue");

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
  const values = mergePicklistValues([], standardValues(record)).filter(isActiveValue);
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

export const standardValueSetRules: StoredTypeRules = {
  directoryName: "standardValueSets", suffix: "standardValueSet", standard: true,
  validate: (_org, record) => checkStandardValueSet(record),
  merge: mergeValueList("standardValue"),
};

export const globalValueSetRules: StoredTypeRules = {
  directoryName: "globalValueSets", suffix: "globalValueSet",
  validate: (_org, record) =>
    record.masterLabel ? checkPicklistValues(globalValues(record), "customValue") : error("REQUIRED_FIELD_MISSING", "Required field is missing: masterLabel", "masterLabel"),
  merge: mergeValueList("customValue"),
  blockDelete: (org, record) => {
    const user = Object.values(org.metadata.CustomField ?? {}).find((field) => (field.valueSet as { valueSetName?: string } | undefined)?.valueSetName === record.fullName);
    return user ? error("FIELD_INTEGRITY_EXCEPTION", `Global value set ${record.fullName} is used by ${user.fullName}`, "fullName") : undefined;
  },
};
