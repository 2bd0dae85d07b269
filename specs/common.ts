import { z } from "zod";

/** When a value is retired, the records that carry it move to `to` before it is deactivated or removed. */
export const replacementSchema = z.object({
  from: z.string().min(1, "a replacement needs the retired value in from"),
  to: z.string().min(1, "a replacement needs the kept value in to"),
});
export type ValueReplacement = z.infer<typeof replacementSchema>;

/** A stable resource name: it becomes the Pulumi resource name, so renaming it replaces the resource. */
export const resourceName = z.string().min(1);

/**
 * Replacements must move records from a retired value (one not in `values`) to a kept one (one in
 * `values`). `noun` names the values in messages ("value", "option", "stage key").
 */
export function refineReplacements(values: readonly string[], replacements: readonly ValueReplacement[], ctx: z.RefinementCtx, noun: string): void {
  const kept = new Set(values);
  replacements.forEach((replacement, index) => {
    if (!kept.has(replacement.to)) ctx.addIssue({ code: "custom", path: ["replacements", index, "to"], message: `replacement target "${replacement.to}" is not one of the ${noun}s` });
    if (kept.has(replacement.from)) ctx.addIssue({ code: "custom", path: ["replacements", index, "from"], message: `"${replacement.from}" is still ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}; only retired ${noun}s are replaced` });
  });
}

/** Reports each repeated entry of `keys` at `path.<index>.<field>`. */
export function refineUnique(keys: readonly string[], ctx: z.RefinementCtx, path: [string, string], describe: (key: string) => string): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path[0], index, path[1]], message: describe(key) });
    seen.add(key);
  });
}
