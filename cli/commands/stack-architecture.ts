/** The architecture a stack applies, as `stacks/index.ts` resolves it, loaded and linted before Pulumi runs. */
import type { Stack } from "@pulumi/pulumi/automation";
import type { Finding } from "../../lifecycle/lint";
import { loadArchitecture } from "../../lifecycle/load";
import { renderProblems } from "../../lifecycle/problems";
import type { Architecture } from "../../lifecycle/schema";
import { crmLimitProblems, lintGate, lintModeOf, stackArchitectureFile } from "../../stacks/architecture";
import { stackTargets } from "../../stacks/targets";

export type StackArchitecture =
  | { ok: true; file: string; architecture: Architecture; findings: Finding[]; blocking?: string }
  | { ok: false; file: string; report: string };

/**
 * Reads `bowtie:architecture`, `bowtie:targets` and `bowtie:lintErrors` from the stack's config (no
 * CRM call), loads the module, checks what the target CRMs would refuse, and lints.
 */
export async function stackArchitecture(stack: Stack): Promise<StackArchitecture> {
  const config = await stack.getAllConfig();
  const { file, absolute } = stackArchitectureFile(config["bowtie:architecture"]?.value);
  const loaded = loadArchitecture(absolute);
  if (!loaded.ok) return { ok: false, file, report: renderProblems(loaded.problems, file) };
  const targets = config["bowtie:targets"]?.value;
  const limits = crmLimitProblems(loaded.architecture, stackTargets(targets === undefined ? undefined : (JSON.parse(targets) as string[])));
  if (limits.length > 0) return { ok: false, file, report: renderProblems(limits, file) };
  return { ok: true, file, architecture: loaded.architecture, ...lintGate(loaded.architecture, file, lintModeOf(config["bowtie:lintErrors"]?.value)) };
}
