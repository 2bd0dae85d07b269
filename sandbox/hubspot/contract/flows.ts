/**
 * Automation v4 flows (`/automation/v4/flows`), written from the facts of HubSpot's OpenAPI
 * document (see docs/sandbox-hubspot.md): fields, which are required, enums. Request bodies are
 * strict (a field the schema does not list is refused). The parts of a flow Bowtie writes (list-based
 * enrollment, property filters, set-property and list-branch actions) are modelled fully; for the
 * other variants only the discriminator and their required scalar fields are checked.
 */
import { z } from "zod";
import { forwardPaging, integerText, timestamp } from "./common";

const months = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"] as const;
const days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;

const connection = z.strictObject({ edgeType: z.enum(["GOTO", "STANDARD"]), nextActionId: z.string() });

/**
 * A value whose `key` field picks its schema from `known`, or `other` for the rest: errors name the
 * fields of the picked schema (a plain union would report every alternative).
 */
function tagged(key: string, known: Record<string, z.ZodType>, other: z.ZodType) {
  return z.looseObject({ [key]: z.string() }).superRefine((value, ctx) => {
    const result = (known[value[key] as string] ?? other).safeParse(value);
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  });
}

const operationBase = { includeObjectsWithNoValueSet: z.boolean(), operator: z.string() };
/** Property filter operations; the ones Bowtie writes or that carry one value are modelled field by field. */
const propertyOperation = tagged(
  "operationType",
  {
    ENUMERATION: z.strictObject({ ...operationBase, operationType: z.literal("ENUMERATION"), values: z.array(z.string()) }),
    MULTISTRING: z.strictObject({ ...operationBase, operationType: z.literal("MULTISTRING"), values: z.array(z.string()) }),
    ALL_PROPERTY: z.strictObject({ ...operationBase, operationType: z.literal("ALL_PROPERTY") }),
    STRING: z.strictObject({ ...operationBase, operationType: z.literal("STRING"), value: z.string() }),
    NUMBER: z.strictObject({ ...operationBase, operationType: z.literal("NUMBER"), value: z.number() }),
    BOOL: z.strictObject({ ...operationBase, operationType: z.literal("BOOL"), value: z.boolean() }),
  },
  z.looseObject(operationBase),
);

/** The filter types of the document; only PROPERTY is modelled field by field, the others by their required fields' presence. */
const otherFilters: Record<string, string[]> = {
  ASSOCIATION: ["associationCategory", "associationTypeId", "coalescingRefineBy", "listId", "operator"],
  PAGE_VIEW: ["operator", "pageUrl"],
  CTA: ["ctaName", "operator"],
  EVENT: ["eventId", "operator"],
  FORM_SUBMISSION: ["operator"],
  FORM_SUBMISSION_ON_PAGE: ["operator", "pageId"],
  INTEGRATION_EVENT: ["eventTypeId", "filterLines"],
  EMAIL_SUBSCRIPTION: ["acceptedStatuses", "subscriptionIds"],
  COMMUNICATION_SUBSCRIPTION: ["acceptedOptStates", "channel", "subscriptionIds", "subscriptionType"],
  SURVEY_MONKEY: ["operator", "surveyId"],
  SURVEY_MONKEY_VALUE: ["operator", "surveyId", "surveyQuestion", "valueComparison"],
  WEBINAR: ["operator"],
  EMAIL_EVENT: ["appId", "emailId", "level", "operator"],
  PRIVACY: ["operator", "privacyName"],
  ADS_SEARCH: ["adNetwork", "entityType", "operator", "searchTermType", "searchTerms"],
  ADS_TIME: ["pruningRefineBy"],
  IN_LIST: ["listId", "operator"],
  UNIFIED_EVENTS: ["filterLines"],
  CONSTANT: ["shouldAccept"],
};
const present = z.unknown().refine((value) => value !== undefined, "required");
const filter = tagged(
  "filterType",
  {
    PROPERTY: z.strictObject({ filterType: z.literal("PROPERTY"), property: z.string(), operation: propertyOperation }),
    ...Object.fromEntries(Object.entries(otherFilters).map(([type, required]) => [type, z.looseObject(Object.fromEntries(required.map((field) => [field, present])))])),
  },
  z.never({ error: "not a filter type of the document" }),
);

/** OR, AND, NOT_ALL, NOT_ANY and RESTRICTED branches share one shape; UNIFIED_EVENTS and ASSOCIATION add required fields. */
export type FilterBranch = { filterBranchType: string; filterBranchOperator: string; filterBranches: FilterBranch[]; filters: unknown[] };
export const filterBranch: z.ZodType<FilterBranch> = z.lazy(() => {
  const tree = { filterBranchOperator: z.string(), filterBranches: z.array(filterBranch), filters: z.array(filter) };
  const plain = (type: string) => z.strictObject({ ...tree, filterBranchType: z.literal(type) });
  return tagged(
    "filterBranchType",
    {
      OR: plain("OR"),
      AND: plain("AND"),
      NOT_ALL: plain("NOT_ALL"),
      NOT_ANY: plain("NOT_ANY"),
      RESTRICTED: plain("RESTRICTED"),
      UNIFIED_EVENTS: z.looseObject({ ...tree, eventTypeId: z.string(), operator: z.enum(["HAS_COMPLETED", "HAS_NOT_COMPLETED"]) }),
      ASSOCIATION: z.looseObject({ ...tree, associationCategory: z.string(), associationTypeId: z.number().int(), objectTypeId: z.string(), operator: z.string() }),
    },
    z.never({ error: "not a filter branch type of the document" }),
  ) as unknown as z.ZodType<FilterBranch>;
});

const actionId = z.string();
const action = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("SINGLE_CONNECTION"),
    actionId,
    actionTypeId: z.string(),
    actionTypeVersion: z.number().int(),
    connection: connection.optional(),
    fields: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({
    type: z.literal("LIST_BRANCH"),
    actionId,
    listBranches: z.array(z.strictObject({ branchName: z.string().optional(), connection: connection.optional(), filterBranch: filterBranch.optional() })),
    defaultBranch: connection.optional(),
    defaultBranchName: z.string().optional(),
  }),
  z.looseObject({ type: z.literal("STATIC_BRANCH"), actionId, inputValue: z.looseObject({ type: z.string() }), staticBranches: z.array(z.unknown()) }),
  z.looseObject({ type: z.literal("AB_TEST_BRANCH"), actionId, testBranches: z.array(z.unknown()) }),
  z.looseObject({ type: z.literal("CUSTOM_CODE"), actionId, inputFields: z.array(z.unknown()), outputFields: z.array(z.unknown()), runtime: z.string(), secretNames: z.array(z.string()), sourceCode: z.string() }),
  z.looseObject({ type: z.literal("WEBHOOK"), actionId, method: z.enum(["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]), queryParams: z.array(z.unknown()), webhookUrl: z.string() }),
]);

const enrollmentCriteria = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("LIST_BASED"),
    listFilterBranch: filterBranch,
    reEnrollmentTriggersFilterBranches: z.array(filterBranch),
    shouldReEnroll: z.boolean(),
    unEnrollObjectsNotMeetingCriteria: z.boolean(),
  }),
  z.looseObject({ type: z.literal("EVENT_BASED"), eventFilterBranches: z.array(z.unknown()), listMembershipFilterBranches: z.array(z.unknown()), shouldReEnroll: z.boolean() }),
  z.strictObject({ type: z.literal("MANUAL"), shouldReEnroll: z.boolean() }),
  z.looseObject({ type: z.literal("DATASET"), datasetId: z.number().int(), shouldReEnroll: z.boolean() }),
]);

const timeOfDay = z.strictObject({ hour: z.number().int(), minute: z.number().int() });
const enrollmentSchedule = z.looseObject({ type: z.enum(["DAILY", "WEEKLY", "MONTHLY_SPECIFIC_DAYS", "MONTHLY_RELATIVE_DAYS", "YEARLY", "PROPERTY_BASED"]), timeOfDay });
const dataSource = z.looseObject({
  type: z.enum(["ASSOCIATION", "ASSOCIATION_TIMESTAMP", "STATIC_PROPERTY_FILTER", "ENROLLED_RECORD_PROPERTY_FILTER", "DATASET_FIELD_PROPERTY_FILTER", "ENROLLED_ARGUMENT_PROPERTY_FILTER"]),
  name: z.string(),
});

/** Fields every flow body has, create, PUT and response alike. */
const flowFields = {
  actions: z.array(action),
  blockedDates: z.array(z.strictObject({ dayOfMonth: z.number().int(), month: z.enum(months), year: z.number().int().optional() })),
  customProperties: z.record(z.string(), z.string()),
  description: z.string().optional(),
  enrollmentCriteria: enrollmentCriteria.optional(),
  enrollmentSchedule: enrollmentSchedule.optional(),
  isEnabled: z.boolean(),
  name: z.string().optional(),
  startActionId: z.string().optional(),
  timeWindows: z.array(z.strictObject({ day: z.enum(days), startTime: timeOfDay.optional(), endTime: timeOfDay.optional() })),
  uuid: z.string().optional(),
};
const contactFields = {
  type: z.literal("CONTACT_FLOW"),
  canEnrollFromSalesforce: z.boolean(),
  suppressionListIds: z.array(z.number().int()),
  eventAnchor: z.looseObject({ type: z.enum(["CONTACT_PROPERTY_ANCHOR", "STATIC_DATE_ANCHOR"]) }).optional(),
  goalFilterBranch: filterBranch.optional(),
  unEnrollmentSetting: z.strictObject({ flowIds: z.array(z.string()), type: z.enum(["ALL", "SELECTIVE"]) }).optional(),
};
const platformFields = { type: z.literal("PLATFORM_FLOW"), suppressionFilterBranch: filterBranch.optional() };
/** Set at creation and read back, never sent on PUT. */
const creationFields = { dataSources: z.array(dataSource), flowType: z.enum(["ACTION_SET", "UNKNOWN", "WORKFLOW"]), objectTypeId: z.string() };
const serverFields = {
  id: z.string(),
  revisionId: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  crmObjectCreationStatus: z.enum(["COMPLETE", "PENDING"]),
  nextAvailableActionId: z.string(),
};

/** `ApiFlowCreateRequest`: a contact or a platform flow. */
export const flowCreateRequest = z.discriminatedUnion("type", [
  z.strictObject({ ...flowFields, ...creationFields, ...contactFields }),
  z.strictObject({ ...flowFields, ...creationFields, ...platformFields }),
]);

/** `ApiFlowPutRequest`: the whole flow again with the current `revisionId`; no `flowType`, `objectTypeId` or `dataSources`. */
export const flowPutRequest = z.discriminatedUnion("type", [
  z.strictObject({ ...flowFields, ...contactFields, revisionId: z.string() }),
  z.strictObject({ ...flowFields, ...platformFields, revisionId: z.string() }),
]);

/** `ApiFlow`, as GET, POST and PUT answer it. */
export const flow = z.discriminatedUnion("type", [
  z.strictObject({ ...flowFields, ...creationFields, ...contactFields, ...serverFields }),
  z.strictObject({ ...flowFields, ...creationFields, ...platformFields, ...serverFields }),
]);

const flowListing = z.strictObject({
  createdAt: timestamp,
  flowType: creationFields.flowType,
  id: z.string(),
  isEnabled: z.boolean(),
  name: z.string().optional(),
  objectTypeId: z.string(),
  revisionId: z.string(),
  updatedAt: timestamp,
  uuid: z.string().optional(),
});

/** `GET /automation/v4/flows`: `CollectionResponseApiFlowListingForwardPaging`. */
export const flowListingPage = z.strictObject({ results: z.array(flowListing), paging: forwardPaging.optional() });

/** `POST /automation/v4/flows/batch/read`. */
export const flowBatchRead = z.strictObject({ inputs: z.array(z.strictObject({ flowId: z.string(), type: z.literal("FLOW_ID") })) });

export const flowQuery = { limit: integerText.optional(), after: z.string().optional() };
