/**
 * Reference checks Salesforce makes when it saves a ValidationRule or an active Flow: every field
 * and object they name must exist in the org (standard fields, or a deployed CustomField).
 */
import type { MetadataRecord } from "./coerce";
import { asList } from "./coerce";
import { compileFormula, FormulaError } from "./formula";
import { fieldsOf, isKnownObject } from "../sobjects";
import type { OrgState } from "../state";
import { saveError, type SaveError } from "./type";

const hasField = (org: OrgState, object: string, field: string) => fieldsOf(org, object).some((f) => f.name.toLowerCase() === field.toLowerCase());

/** The formula compiles on the rule's object; the error display field exists there. */
export function checkRuleReferences(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const object = record.fullName.split(".")[0]!;
  try {
    compileFormula(org, object, String(record.errorConditionFormula));
  } catch (error) {
    if (error instanceof FormulaError) return saveError("FIELD_INTEGRITY_EXCEPTION", `Error: ${error.message}`, "errorConditionFormula");
    throw error;
  }
  const display = record.errorDisplayField ? String(record.errorDisplayField) : undefined;
  if (display && !hasField(org, object, display)) return saveError("FIELD_INTEGRITY_EXCEPTION", `Error: Field ${display} does not exist. Check spelling.`, "errorDisplayField");
  return undefined;
}

type Filter = { field?: string };
type RecordUpdate = { name?: string; label?: string; object?: string; filters?: Filter | Filter[]; inputAssignments?: Filter | Filter[] };

/** The trigger object, its entry filters, and each record update's object, filters and assignments exist. */
export function checkFlowReferences(org: OrgState, record: MetadataRecord): SaveError | undefined {
  const start = (record.start ?? {}) as { object?: string; filters?: Filter | Filter[] };
  const missingField = (where: string, object: string, field: string) => saveError("FIELD_INTEGRITY_EXCEPTION", `${where} - The field "${field}" for the object "${object}" doesn't exist.`, "processMetadataValues");
  const missingObject = (where: string, object: string) => saveError("FIELD_INTEGRITY_EXCEPTION", `${where} - The object "${object}" doesn't exist.`, "object");
  if (start.object) {
    if (!isKnownObject(start.object)) return missingObject("Start", start.object);
    for (const filter of asList(start.filters)) if (filter.field && !hasField(org, start.object, filter.field)) return missingField("Start", start.object, filter.field);
  }
  for (const update of asList(record.recordUpdates as RecordUpdate | RecordUpdate[] | undefined)) {
    const where = `${update.name ?? "Update"} (Update Records)`;
    if (!update.object) continue;
    if (!isKnownObject(update.object)) return missingObject(where, update.object);
    for (const item of [...asList(update.filters), ...asList(update.inputAssignments)]) {
      if (item.field && !hasField(org, update.object, item.field)) return missingField(where, update.object, item.field);
    }
  }
  return undefined;
}
