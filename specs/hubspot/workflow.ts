import { z } from "zod";
import { resourceName } from "../common";

/** An automation v4 flow that sets a property when its trigger condition holds. A contact workflow cannot target associated contacts. */
export const workflowSchema = z
  .object({
    kind: z.literal("hubspot:workflow"),
    name: resourceName,
    label: z.string().min(1, "a workflow needs a label (its name in HubSpot)"),
    description: z.string().optional(),
    /** `0-1` contacts, `0-2` companies, `0-3` deals. */
    objectTypeId: z.enum(["0-1", "0-2", "0-3"]),
    enrollment: z.object({
      property: z.string().min(1),
      operator: z.enum(["IS_ANY_OF", "HAS_EVER_BEEN_ANY_OF", "IS_KNOWN"]),
      values: z.array(z.string()),
    }),
    /** Set-property action (`0-5`) on the enrolled record or an associated one. */
    setProperty: z.object({
      target: z.enum(["enrolled", "associated-contacts", "associated-company"]),
      property: z.string().min(1),
      value: z.string().min(1),
      /** Only set when the current value is one of these (forward-only lifecycle). */
      onlyFrom: z.array(z.string()).optional(),
    }),
    enabled: z.boolean(),
  })
  .superRefine((spec, ctx) => {
    if (spec.enrollment.operator !== "IS_KNOWN" && spec.enrollment.values.length === 0) {
      ctx.addIssue({ code: "custom", path: ["enrollment", "values"], message: `${spec.enrollment.operator} needs at least one value` });
    }
    if (spec.objectTypeId === "0-1" && spec.setProperty.target === "associated-contacts") {
      ctx.addIssue({ code: "custom", path: ["setProperty", "target"], message: "a contact workflow sets its own contacts: use target enrolled" });
    }
    if (spec.objectTypeId === "0-2" && spec.setProperty.target === "associated-company") {
      ctx.addIssue({ code: "custom", path: ["setProperty", "target"], message: "a company workflow sets its own company: use target enrolled" });
    }
  });
export type HubSpotWorkflowSpec = z.infer<typeof workflowSchema>;
