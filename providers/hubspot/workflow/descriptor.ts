import type { HubSpotWorkflowSpec } from "../../../specs";
import type { DiffDescriptor } from "../../core/diff";

/** The spec plus the flow id HubSpot assigned. */
export interface HubSpotWorkflowState extends HubSpotWorkflowSpec {
  flowId: string;
}

/** A flow's enrolled object type is fixed at creation: changing it is a replacement. */
export const workflowDescriptor: DiffDescriptor<HubSpotWorkflowSpec> = {
  replaceOn: ["objectTypeId"],
  normalize: (spec) => ({
    kind: spec.kind,
    name: spec.name,
    label: spec.label,
    description: spec.description ?? "",
    objectTypeId: spec.objectTypeId,
    enrollment: { property: spec.enrollment.property, operator: spec.enrollment.operator, values: [...spec.enrollment.values] },
    setProperty: {
      target: spec.setProperty.target,
      property: spec.setProperty.property,
      value: spec.setProperty.value,
      onlyFrom: spec.setProperty.onlyFrom && spec.setProperty.onlyFrom.length > 0 ? [...spec.setProperty.onlyFrom] : undefined,
    },
    enabled: spec.enabled,
  }),
};
