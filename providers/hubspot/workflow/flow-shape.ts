/**
 * Pure mapping between a workflow spec and automation v4 flow bodies: the create body
 * (`ApiFlowCreateRequest`: with `flowType`, `objectTypeId` and `dataSources`) and the PUT body
 * (`ApiFlowPutRequest`: without them, with the `revisionId`). Contact flows carry the two fields only
 * contact flows have. Filters are written as HubSpot keeps them, an OR branch holding an AND branch,
 * and read back from wherever the first property filter sits, so a flow HubSpot normalised reads
 * back unchanged. `flowToSpec(flowCreateBody(s))` gives back `s` (normalized): no drift after create.
 * A flow edited in HubSpot into a shape Bowtie does not write reads back with the parts it cannot
 * map left empty, so it shows as drift.
 */
import type { HubSpotWorkflowSpec } from "../../../specs";

type Target = HubSpotWorkflowSpec["setProperty"]["target"];
type ObjectTypeId = HubSpotWorkflowSpec["objectTypeId"];

/** HUBSPOT_DEFINED association type ids from the enrolled object to the record the action sets. */
const associationTypeIds: Partial<Record<ObjectTypeId, Partial<Record<Target, number>>>> = {
  "0-1": { "associated-company": 1 },
  "0-2": { "associated-contacts": 280 },
  "0-3": { "associated-contacts": 3, "associated-company": 5 },
};

const targetOfAssociation = (objectTypeId: ObjectTypeId, typeId: number | undefined): Target => {
  if (typeId === undefined) return "enrolled";
  const entry = Object.entries(associationTypeIds[objectTypeId] ?? {}).find(([, id]) => id === typeId);
  return (entry?.[0] as Target | undefined) ?? "enrolled";
};

function propertyFilter(property: string, operator: string, values: string[]) {
  return operator === "IS_KNOWN"
    ? { filterType: "PROPERTY", property, operation: { operationType: "ALL_PROPERTY", operator: "IS_KNOWN", includeObjectsWithNoValueSet: false } }
    : { filterType: "PROPERTY", property, operation: { operationType: "ENUMERATION", operator, values, includeObjectsWithNoValueSet: false } };
}

/** One filter as a filter tree: an OR branch holding one AND branch. */
function filterTree(filter: unknown) {
  return {
    filterBranchType: "OR",
    filterBranchOperator: "OR",
    filters: [],
    filterBranches: [{ filterBranchType: "AND", filterBranchOperator: "AND", filterBranches: [], filters: [filter] }],
  };
}

/** The fields a create and a PUT share. */
function flowFields(spec: HubSpotWorkflowSpec): Record<string, unknown> {
  const { setProperty } = spec;
  const associationTypeId = associationTypeIds[spec.objectTypeId]?.[setProperty.target];
  const branching = (setProperty.onlyFrom ?? []).length > 0;
  const setActionId = branching ? "2" : "1";
  const setAction = {
    type: "SINGLE_CONNECTION",
    actionId: setActionId,
    actionTypeVersion: 0,
    actionTypeId: "0-5",
    fields: {
      property_name: setProperty.property,
      value: { type: "STATIC_VALUE", staticValue: setProperty.value },
      ...(associationTypeId !== undefined ? { association: { associationCategory: "HUBSPOT_DEFINED", associationTypeId } } : {}),
    },
  };
  const branchAction = {
    type: "LIST_BRANCH",
    actionId: "1",
    listBranches: [
      {
        branchName: "Only from",
        filterBranch: filterTree(propertyFilter(setProperty.property, "IS_ANY_OF", setProperty.onlyFrom ?? [])),
        connection: { edgeType: "STANDARD", nextActionId: setActionId },
      },
    ],
    defaultBranchName: "Otherwise",
  };
  const contact = spec.objectTypeId === "0-1";
  return {
    type: contact ? "CONTACT_FLOW" : "PLATFORM_FLOW",
    name: spec.label,
    description: spec.description ?? "",
    isEnabled: spec.enabled,
    startActionId: "1",
    actions: branching ? [branchAction, setAction] : [setAction],
    enrollmentCriteria: {
      type: "LIST_BASED",
      shouldReEnroll: false,
      unEnrollObjectsNotMeetingCriteria: false,
      reEnrollmentTriggersFilterBranches: [],
      listFilterBranch: filterTree(propertyFilter(spec.enrollment.property, spec.enrollment.operator, spec.enrollment.values)),
    },
    timeWindows: [],
    blockedDates: [],
    customProperties: {},
    ...(contact ? { suppressionListIds: [], canEnrollFromSalesforce: false } : {}),
  };
}

/** The body of `POST /automation/v4/flows`: what the flow enrolls and its type are set here, once. */
export function flowCreateBody(spec: HubSpotWorkflowSpec): Record<string, unknown> {
  return { ...flowFields(spec), objectTypeId: spec.objectTypeId, flowType: "WORKFLOW", dataSources: [] };
}

/** The body of `PUT /automation/v4/flows/{id}`: the whole flow again, with the revision it replaces. */
export function flowUpdateBody(spec: HubSpotWorkflowSpec, revisionId: string): Record<string, unknown> {
  return { ...flowFields(spec), revisionId };
}

const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);

/** The first PROPERTY filter of a filter tree, depth first: found whether HubSpot nests it in an OR root or not. */
function firstPropertyFilter(branch: any): any {
  if (!branch || typeof branch !== "object") return undefined;
  const own = asArray(branch.filters).find((f) => f?.filterType === "PROPERTY");
  if (own) return own;
  for (const child of asArray(branch.filterBranches)) {
    const found = firstPropertyFilter(child);
    if (found) return found;
  }
  return undefined;
}

/** Reads a live flow back into the spec's shape; `name` comes from the state (it is Bowtie's, not HubSpot's). */
export function flowToSpec(flow: Record<string, any>, name: string): HubSpotWorkflowSpec {
  const objectTypeId = (flow.objectTypeId ?? "0-1") as ObjectTypeId;
  const actions = asArray(flow.actions);
  const setAction = actions.find((a) => a?.actionTypeId === "0-5");
  const branch = actions.find((a) => a?.type === "LIST_BRANCH");
  const enrollmentFilter = firstPropertyFilter(flow.enrollmentCriteria?.listFilterBranch);
  const onlyFromFilter = firstPropertyFilter(asArray(branch?.listBranches)[0]?.filterBranch);
  const onlyFrom = asArray(onlyFromFilter?.operation?.values).map(String);
  return {
    kind: "hubspot:workflow",
    name,
    label: String(flow.name ?? ""),
    description: flow.description ? String(flow.description) : undefined,
    objectTypeId,
    enrollment: {
      property: String(enrollmentFilter?.property ?? ""),
      operator: enrollmentFilter?.operation?.operator ?? "IS_ANY_OF",
      values: asArray(enrollmentFilter?.operation?.values).map(String),
    },
    setProperty: {
      target: targetOfAssociation(objectTypeId, setAction?.fields?.association?.associationTypeId),
      property: String(setAction?.fields?.property_name ?? ""),
      value: String(setAction?.fields?.value?.staticValue ?? ""),
      ...(onlyFrom.length > 0 ? { onlyFrom } : {}),
    },
    enabled: Boolean(flow.isEnabled),
  };
}
