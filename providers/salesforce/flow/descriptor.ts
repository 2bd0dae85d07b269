import type { SalesforceFlowSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";

/**
 * Identified by its API name; any other change deploys a new version. Defaults are filled so a
 * spec and its read-back compare equal (`relatedBy`/`recordField` default to `Id`).
 */
export const flowDescriptor: DiffDescriptor<SalesforceFlowSpec> = {
  replaceOn: ["flowName"],
  normalize: ({ plannedFields: _planned, ...spec }) => {
    const self = spec.update.target === "$Record";
    const { relatedBy, recordField, onlyFrom, ...update } = spec.update;
    return {
      ...spec,
      description: spec.description || undefined,
      conditions: spec.conditions.map((c) => (c.value === undefined ? { field: c.field, operator: c.operator } : { field: c.field, operator: c.operator, value: c.value })),
      update: {
        ...update,
        ...(self ? {} : { relatedBy: relatedBy ?? "Id", recordField: recordField ?? "Id" }),
        ...(onlyFrom && onlyFrom.length > 0 ? { onlyFrom } : {}),
      },
    };
  },
};
