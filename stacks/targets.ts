import type { ResourceSpec, Target } from "../lifecycle/resources";

const allTargets: readonly Target[] = ["salesforce", "hubspot"];

/** The kinds other resources depend on (their values must exist first). */
export const foundationKinds: ReadonlySet<ResourceSpec["kind"]> = new Set([
  "salesforce:value-set",
  "salesforce:picklist-field",
  "hubspot:property-options",
  "hubspot:pipeline",
]);

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
