import { z } from "zod";
import { refineReplacements, refineUnique, replacementSchema, resourceName } from "../common";

export const optionSchema = z.object({
  /** Internal value: the identity of the option. */
  value: z.string().min(1, "an option needs a value"),
  label: z.string().min(1, "an option needs a label"),
  description: z.string().optional(),
  displayOrder: z.number().int(),
  hidden: z.boolean().optional(),
});
export type HubSpotOptionSpec = z.infer<typeof optionSchema>;

/** The options of one enumeration property (`lifecyclestage`, `hs_lead_status`, `drop_off_reason`). */
export const propertyOptionsSchema = z
  .object({
    kind: z.literal("hubspot:property-options"),
    name: resourceName,
    objectType: z.enum(["contacts", "companies", "deals", "tickets"]),
    property: z.string().regex(/^[a-z][a-z0-9_]*$/, "HubSpot property names are lowercase letters, digits and _"),
    /** Set for custom properties Bowtie creates; undefined for HubSpot-defined ones, which always exist. */
    create: z.object({ label: z.string().min(1), groupName: z.string().min(1), description: z.string().optional() }).optional(),
    options: z.array(optionSchema).min(1, "an enumeration property needs at least one option"),
    replacements: z.array(replacementSchema),
  })
  .superRefine((spec, ctx) => {
    const values = spec.options.map((o) => o.value);
    refineUnique(values, ctx, ["options", "value"], (value) => `duplicate option value ${value}`);
    refineReplacements(values, spec.replacements, ctx, "option");
  });
export type HubSpotPropertyOptionsSpec = z.infer<typeof propertyOptionsSchema>;
