import { z } from "zod";

const stage = z.object({
  key: z.string().min(1, "a stage needs a key"),
  label: z.string().min(1, "a stage needs a label"),
  displayOrder: z.number().int(),
  metadata: z.record(z.string(), z.string()),
});

/**
 * `HubSpotPipelineSpec` as zod. Deal stages need `probability` "0.0"–"1.0" (and optionally
 * `isClosed`); ticket stages need `ticketState` OPEN or CLOSED. Keys and labels are unique;
 * replacements retire absent keys onto kept ones.
 */
export const pipelineSchema = z
  .object({
    kind: z.literal("hubspot:pipeline"),
    name: z.string().min(1),
    objectType: z.enum(["deals", "tickets"]),
    label: z.string().min(1),
    displayOrder: z.number().int(),
    stages: z.array(stage).min(1, "a pipeline needs at least one stage"),
    replacements: z.array(z.object({ from: z.string().min(1), to: z.string().min(1) })),
  })
  .superRefine((spec, ctx) => {
    const keys = spec.stages.map((s) => s.key);
    const labels = spec.stages.map((s) => s.label.toLowerCase());
    spec.stages.forEach((s, i) => {
      if (keys.indexOf(s.key) !== i) ctx.addIssue({ code: "custom", path: ["stages", i, "key"], message: `duplicate stage key ${s.key}` });
      if (labels.indexOf(s.label.toLowerCase()) !== i) ctx.addIssue({ code: "custom", path: ["stages", i, "label"], message: `duplicate stage label ${s.label}` });
      if (spec.objectType === "deals") {
        const p = Number(s.metadata.probability);
        if (s.metadata.probability === undefined || Number.isNaN(p) || p < 0 || p > 1) {
          ctx.addIssue({ code: "custom", path: ["stages", i, "metadata", "probability"], message: `deal stage probability must be "0.0"–"1.0", not ${s.metadata.probability}` });
        }
        if (s.metadata.isClosed !== undefined && !["true", "false"].includes(s.metadata.isClosed)) {
          ctx.addIssue({ code: "custom", path: ["stages", i, "metadata", "isClosed"], message: `isClosed must be "true" or "false"` });
        }
      } else if (!["OPEN", "CLOSED"].includes(s.metadata.ticketState ?? "")) {
        ctx.addIssue({ code: "custom", path: ["stages", i, "metadata", "ticketState"], message: `ticket stages need ticketState OPEN or CLOSED, not ${s.metadata.ticketState}` });
      }
    });
    spec.replacements.forEach((r, i) => {
      if (!keys.includes(r.to)) ctx.addIssue({ code: "custom", path: ["replacements", i, "to"], message: `replacement target ${r.to} is not a stage key` });
      if (keys.includes(r.from)) ctx.addIssue({ code: "custom", path: ["replacements", i, "from"], message: `${r.from} is still a stage; only retired stages can be replaced` });
    });
  });
