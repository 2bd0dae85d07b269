import type { Target } from "../specs";

const allTargets: readonly Target[] = ["salesforce", "hubspot"];

/** Validates `bowtie:targets`; defaults to both CRMs. */
export function stackTargets(configured: readonly string[] | undefined): Target[] {
  if (!configured) return [...allTargets];
  const unknown = configured.filter((t) => !allTargets.includes(t as Target));
  if (unknown.length > 0 || configured.length === 0) {
    throw new Error(
      `bowtie:targets: expected a non-empty list of ${allTargets.join(", ")}; got ${JSON.stringify(configured)}. ` +
        `Fix: pulumi config set --path 'bowtie:targets[0]' salesforce`,
    );
  }
  return configured as Target[];
}
