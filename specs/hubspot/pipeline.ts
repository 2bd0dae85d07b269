import { z } from "zod";
import { refineReplacements, refineUnique, replacementSchema, resourceName } from "../common";

export const pipelineStageSchema = z.object({
  /** Stable key from the model; HubSpot assigns the stage id, the provider keeps the key → id map. */
  key: z.string().min(1, "a stage needs a key"),
  label: z.string().min(1, "a stage needs a label"),
  displayOrder: z.number().int(),
  /** Deals: probability "0.0"–"1.0" and isClosed. Tickets: ticketState OPEN | CLOSED. */
  metadata: z.record(z.string(), z.string()),
});
export type HubSpotPipelineStageSpec = z.infer<typeof pipelineStageSchema>;

/**
 * A deal or ticket pipeline. Deal stages need `probability` "0.0"–"1.0" (and optionally
 * `isClosed`); ticket stages need `ticketState` OPEN or CLOSED. Keys and labels are unique;
 * replacements retire absent keys onto kept ones.
 */
export const pipelineSchema = z
  .object({
    kind: z.literal("hubspot:pipeline"),
    name: resourceName,
    objectType: z.enum(["deals", "tickets"]),
    /** Id of an existing pipeline this spec adopts (e.g. `default`); otherwise matched by label or created. */
    pipelineId: z.string().min(1).optional(),
    label: z.string().min(1),
    displayOrder: z.number().int(),
    stages: z.array(pipelineStageSchema).min(1, "a pipeline needs at least one stage"),
    /** Keys of retired stages → key of the stage their records move to. */
    replacements: z.array(replacementSchema),
  })
  .superRefine((spec, ctx) => {
    const keys = spec.stages.map((s) => s.key);
    refineUnique(keys, ctx, ["stages", "key"], (key) => `duplicate stage key ${key}`);
    refineUnique(spec.stages.map((s) => s.label.toLowerCase()), ctx, ["stages", "label"], (label) => `duplicate stage label ${label}`);
    spec.stages.forEach((s, i) => {
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
    refineReplacements(keys, spec.replacements, ctx, "stage");
  });
export type HubSpotPipelineSpec = z.infer<typeof pipelineSchema>;
