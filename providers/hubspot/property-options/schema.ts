import { z } from "zod";

const option = z.object({
  value: z.string().min(1, "an option needs a value"),
  label: z.string().min(1, "an option needs a label"),
  description: z.string().optional(),
  displayOrder: z.number().int(),
  hidden: z.boolean().optional(),
});

const replacement = z.object({ from: z.string().min(1), to: z.string().min(1) });

/** `HubSpotPropertyOptionsSpec` as zod: unique option values; replacements retire absent values onto kept ones. */
export const propertyOptionsSchema = z
  .object({
    kind: z.literal("hubspot:property-options"),
    name: z.string().min(1),
    objectType: z.enum(["contacts", "companies", "deals", "tickets"]),
    property: z.string().regex(/^[a-z][a-z0-9_]*$/, "HubSpot property names are lowercase letters, digits and _"),
    create: z.object({ label: z.string().min(1), groupName: z.string().min(1), description: z.string().optional() }).optional(),
    options: z.array(option).min(1, "an enumeration property needs at least one option"),
    replacements: z.array(replacement),
  })
  .superRefine((spec, ctx) => {
    const values = spec.options.map((o) => o.value);
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) ctx.addIssue({ code: "custom", path: ["options", i, "value"], message: `duplicate option value ${value}` });
    });
    spec.replacements.forEach((r, i) => {
      if (!values.includes(r.to)) {
        ctx.addIssue({ code: "custom", path: ["replacements", i, "to"], message: `replacement target ${r.to} is not one of the options` });
      }
      if (values.includes(r.from)) {
        ctx.addIssue({ code: "custom", path: ["replacements", i, "from"], message: `${r.from} is still an option; only retired values can be replaced` });
      }
    });
  });
