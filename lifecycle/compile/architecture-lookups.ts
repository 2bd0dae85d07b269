/** Lookups over a validated architecture that several compilers share: stage order, stages, replacements per CRM. */
import type { Architecture, LifecycleStage, Replacement } from "../schema";

/** Lifecycle stages strictly before `key` (forward-only guards use this). */
export function stagesBefore(arch: Architecture, key: string): LifecycleStage[] {
  const index = arch.lifecycle.findIndex((s) => s.key === key);
  return arch.lifecycle.slice(0, Math.max(index, 0));
}

export function requireStage(arch: Architecture, key: string): LifecycleStage {
  const stage = arch.lifecycle.find((s) => s.key === key);
  // Validation guarantees references resolve; reaching this is a programming error.
  if (stage === undefined) throw new Error(`unknown lifecycle stage "${key}"`);
  return stage;
}

/** Replacements that apply to one CRM, with `to` resolved to that CRM's value. */
export function replacementsFor(
  list: readonly Replacement[],
  target: "salesforce" | "hubspot",
  resolve: (key: string) => string | undefined,
): { from: string; to: string }[] {
  return list.flatMap((r) => {
    if (r.target !== undefined && r.target !== target) return [];
    const to = resolve(r.to);
    return to === undefined ? [] : [{ from: r.from, to }];
  });
}
