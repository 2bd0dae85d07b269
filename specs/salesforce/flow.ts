import { z } from "zod";
import { resourceName } from "../common";
import { apiNamePattern } from "./picklist-value";

/** An entry condition on the triggering record. */
export const flowConditionSchema = z.object({
  field: z.string().min(1),
  operator: z.enum(["EqualTo", "NotEqualTo", "IsChanged", "IsNull"]),
  value: z.union([z.string(), z.boolean()]).optional(),
});
export type SalesforceFlowCondition = z.infer<typeof flowConditionSchema>;

/** A record-triggered flow that sets one field when its condition holds. */
export const flowSchema = z.object({
  kind: z.literal("salesforce:flow"),
  name: resourceName,
  /** Flow API name. */
  flowName: z.string().regex(apiNamePattern, "letters, digits and single underscores, starting with a letter").max(80),
  label: z.string().min(1).max(255),
  description: z.string().optional(),
  /** Triggering object, e.g. `Opportunity`. */
  object: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an object API name, e.g. Opportunity"),
  recordTriggerType: z.enum(["Create", "Update", "CreateAndUpdate"]),
  triggerType: z.enum(["RecordAfterSave", "RecordBeforeSave"]),
  /** Entry conditions on the triggering record (ANDed). */
  conditions: z.array(flowConditionSchema),
  /** What the flow writes: a field on the triggering record or on a related object. */
  update: z.object({
    /** `$Record` for the triggering record, or the related object API name (e.g. `Contact`). */
    target: z.string().min(1),
    /** For a related object: the lookup on it that points at the triggering record. */
    relatedBy: z.string().optional(),
    /**
     * For a related object: the field on the triggering record that `relatedBy` must equal
     * (default `Id`). E.g. Event → Contact: `relatedBy: "Id"`, `recordField: "WhoId"`.
     */
    recordField: z.string().optional(),
    field: z.string().min(1),
    value: z.string(),
    /** Only update records whose field is currently one of these (e.g. not already past SAL). */
    onlyFrom: z.array(z.string()).optional(),
  }),
  active: z.boolean(),
  /** Fields (`Object.Field`) the flow uses that the same architecture deploys before it: the preview does not expect them in the org yet. */
  plannedFields: z.array(z.string()).optional(),
});
export type SalesforceFlowSpec = z.infer<typeof flowSchema>;
