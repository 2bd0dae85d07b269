import type { SalesforceFlowCondition, SalesforceFlowSpec } from "../../../specs";

/** The single record-update element every Bowtie flow has. */
export const UPDATE_ELEMENT = "Bowtie_Update";

type FlowValue = { stringValue?: string | null; booleanValue?: boolean | null; elementReference?: string | null };
type FlowFilter = { field: string; operator: string; value?: FlowValue | null };

const toValue = (value: string | boolean | undefined): FlowValue => (typeof value === "boolean" ? { booleanValue: value } : { stringValue: value ?? "" });

/** Custom filter logic `1 AND (2 OR 3)`: the lookup filter, then any of the allowed current values. */
function updateFilterLogic(onlyFrom: readonly string[]): string {
  if (onlyFrom.length === 0) return "and";
  return `1 AND (${onlyFrom.map((_, i) => String(i + 2)).join(" OR ")})`;
}

/**
 * The Flow metadata of a spec: an AutoLaunchedFlow triggered on the record, whose one update element
 * writes `update.field` on the records matched by `relatedBy = $Record.<recordField>` (the
 * triggering record itself for `$Record`), only where the field is one of `onlyFrom` when given.
 */
export function toFlowMetadata(spec: SalesforceFlowSpec): Record<string, unknown> & { fullName: string } {
  const { update } = spec;
  const self = update.target === "$Record";
  const onlyFrom = update.onlyFrom ?? [];
  return {
    fullName: spec.flowName,
    label: spec.label,
    ...(spec.description ? { description: spec.description } : {}),
    interviewLabel: `${spec.label} {!$Flow.CurrentDateTime}`,
    processType: "AutoLaunchedFlow",
    status: spec.active ? "Active" : "Draft",
    start: {
      locationX: 50,
      locationY: 0,
      connector: { targetReference: UPDATE_ELEMENT },
      ...(spec.conditions.length > 0 ? { filterLogic: "and", filters: spec.conditions.map((c) => ({ field: c.field, operator: c.operator, value: toValue(c.value) })) } : {}),
      object: spec.object,
      recordTriggerType: spec.recordTriggerType,
      triggerType: spec.triggerType,
    },
    recordUpdates: [
      {
        name: UPDATE_ELEMENT,
        label: "Update lifecycle",
        locationX: 176,
        locationY: 323,
        filterLogic: updateFilterLogic(onlyFrom),
        filters: [
          { field: self ? "Id" : update.relatedBy ?? "Id", operator: "EqualTo", value: { elementReference: `$Record.${self ? "Id" : update.recordField ?? "Id"}` } },
          ...onlyFrom.map((from) => ({ field: update.field, operator: "EqualTo", value: { stringValue: from } })),
        ],
        inputAssignments: [{ field: update.field, value: { stringValue: update.value } }],
        object: self ? spec.object : update.target,
      },
    ],
  };
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : value ? [value] : []) as T[];

function fromValue(value: FlowValue | null | undefined): string | boolean | undefined {
  if (!value) return undefined;
  if (typeof value.booleanValue === "boolean") return value.booleanValue;
  return value.stringValue ?? value.elementReference ?? undefined;
}

/**
 * Reads Flow metadata back into the spec's shape, so the diff against the spec is the drift. Parts
 * that are not Bowtie's single-update shape (extra elements) make the update read as empty.
 */
export function fromFlowMetadata(record: Record<string, unknown>, spec: SalesforceFlowSpec): SalesforceFlowSpec {
  const start = (record.start ?? {}) as { object?: string; recordTriggerType?: string; triggerType?: string; filters?: unknown };
  const updates = list<{ object?: string; filters?: unknown; inputAssignments?: unknown }>(record.recordUpdates);
  const only = updates.length === 1 ? updates[0]! : undefined;
  const filters = list<FlowFilter>(only?.filters);
  const assignment = list<{ field: string; value?: FlowValue }>(only?.inputAssignments)[0];
  const lookup = filters[0];
  const recordField = String(fromValue(lookup?.value) ?? "").replace(/^\$Record\./, "");
  const object = String(start.object ?? "");
  const self = only?.object === object && lookup?.field === "Id" && recordField === "Id";
  const onlyFrom = filters.slice(1).map((f) => String(fromValue(f.value)));
  const conditions: SalesforceFlowCondition[] = list<FlowFilter>(start.filters).map((f) => {
    const value = fromValue(f.value);
    return { field: f.field, operator: f.operator as SalesforceFlowCondition["operator"], ...(value === undefined ? {} : { value }) };
  });
  return {
    ...spec,
    label: String(record.label ?? ""),
    description: (record.description as string | null) || undefined,
    object,
    recordTriggerType: start.recordTriggerType as SalesforceFlowSpec["recordTriggerType"],
    triggerType: start.triggerType as SalesforceFlowSpec["triggerType"],
    conditions,
    update: {
      target: self ? "$Record" : String(only?.object ?? ""),
      ...(self ? {} : { relatedBy: lookup?.field, recordField }),
      field: assignment?.field ?? "",
      value: String(fromValue(assignment?.value) ?? ""),
      ...(onlyFrom.length > 0 ? { onlyFrom } : {}),
    },
    active: record.status === "Active",
  };
}
