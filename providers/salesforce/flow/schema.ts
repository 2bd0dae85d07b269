import { z } from "zod";

const apiName = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

/** zod schema of SalesforceFlowSpec. */
export const flowSchema = z.object({
  kind: z.literal("salesforce:flow"),
  name: z.string().min(1),
  flowName: z.string().regex(apiName, "letters, digits and single underscores, starting with a letter").max(80),
  label: z.string().min(1).max(255),
  description: z.string().optional(),
  object: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an object API name, e.g. Opportunity"),
  recordTriggerType: z.enum(["Create", "Update", "CreateAndUpdate"]),
  triggerType: z.enum(["RecordAfterSave", "RecordBeforeSave"]),
  conditions: z.array(
    z.object({
      field: z.string().min(1),
      operator: z.enum(["EqualTo", "NotEqualTo", "IsChanged", "IsNull"]),
      value: z.union([z.string(), z.boolean()]).optional(),
    }),
  ),
  update: z.object({
    target: z.string().min(1),
    relatedBy: z.string().optional(),
    recordField: z.string().optional(),
    field: z.string().min(1),
    value: z.string(),
    onlyFrom: z.array(z.string()).optional(),
  }),
  active: z.boolean(),
});
