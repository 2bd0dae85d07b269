/**
 * What `pulumi preview --refresh` would show for a spec right after Bowtie adopted the CRM object
 * it names: the state adoption would record, read back from the CRM (`handler.read`), compared
 * with the spec (the kind's diff). Adoption is emulated without writing anything: each kind's
 * `locate` finds its object exactly as `create` does.
 */
import type { ResourceSpec } from "../../specs";
import type { HandlerContext, Located } from "../../providers/core/kind";
import { definitionOf } from "../../providers/kinds";
import { diffKind } from "../../providers/operations";

/** The id and read-back state Pulumi would hold after adopting the object; undefined when there is none to adopt. */
export function readAdopted(spec: ResourceSpec, ctx: HandlerContext): Promise<Located<Record<string, unknown>> | undefined> {
  return definitionOf(spec.kind).locate(spec, ctx);
}

/** One compiled spec compared with what it would adopt. */
export interface AdoptionCheck {
  spec: ResourceSpec;
  /** False when the CRM has nothing to adopt: the preview would create it. */
  exists: boolean;
  /** Top-level properties the preview would change (empty: no change). */
  changed: string[];
  /** Set when the diff itself fails, e.g. a value to retire still holds records. */
  error?: string;
}

/** Checks every spec; never writes to the CRM. */
export async function checkAdoption(specs: readonly ResourceSpec[], ctx: HandlerContext): Promise<AdoptionCheck[]> {
  const checks: AdoptionCheck[] = [];
  for (const spec of specs) {
    const adopted = await readAdopted(spec, ctx);
    if (!adopted) {
      checks.push({ spec, exists: false, changed: [] });
      continue;
    }
    try {
      const diff = await diffKind(definitionOf(spec.kind), adopted.id, adopted.state as ResourceSpec, spec, ctx);
      checks.push({ spec, exists: true, changed: diff.changes ? diff.changed : [] });
    } catch (error) {
      checks.push({ spec, exists: true, changed: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  return checks;
}

/** True when previewing would show nothing for this spec. */
export const unchanged = (check: AdoptionCheck): boolean => check.exists && check.changed.length === 0 && check.error === undefined;
