import type { SalesforcePicklistValueSpec, ValueReplacement } from "../../../lifecycle/resources";
import { BowtieProviderError } from "../../core/errors";
import type { HandlerContext } from "../../core/kind";
import type { SalesforcePort } from "../port";
import { describeStranded, interimValues, planRetirements, strandedValues } from "./retirement";
import { countUnmovable, countUsage, moveRecords, type PicklistTarget } from "./usage";

/** What the data-safety rule needs to know about one picklist. */
export interface PicklistChange {
  resource: string;
  /** Where records carry the values (empty when the provider cannot know, e.g. global value sets). */
  targets: PicklistTarget[];
  live: SalesforcePicklistValueSpec[];
  desired: SalesforcePicklistValueSpec[];
  replacements: ValueReplacement[];
}

/**
 * The data-safety rule: retiring a value that records use needs a replacement. Throws, listing
 * each stranded value and how many records carry it, before anything changes. Returns the plan.
 */
export async function guardRetirements(port: SalesforcePort, change: PicklistChange) {
  const retirements = planRetirements(change.live.map((v) => v.apiName), change.desired.map((v) => v.apiName), change.replacements);
  const usage = await countUsage(port, change.targets, retirements.map((r) => r.apiName));
  const stranded = strandedValues(retirements, usage);
  if (stranded.length > 0) {
    throw new BowtieProviderError({
      resource: change.resource,
      field: "values",
      code: "VALUE_IN_USE",
      message: `retiring ${describeStranded(stranded)} would strand records on inactive values.`,
      fix: `add a replacement for each in the architecture (e.g. replacements: [{ from: "${stranded[0]!.apiName}", to: "<kept value>" }]) so Bowtie moves the records first, or keep the value.`,
    });
  }
  return { retirements, usage };
}

/** The preview half of the data-safety rule: guards, then says which records `up` will move. */
export async function previewRetirements(port: SalesforcePort, change: PicklistChange, ctx: HandlerContext): Promise<void> {
  const { retirements, usage } = await guardRetirements(port, change);
  for (const { apiName, to } of retirements) {
    const records = usage.get(apiName) ?? 0;
    if (to !== undefined && records > 0) ctx.log(`${change.resource}: would move ${records} record${records === 1 ? "" : "s"} from "${apiName}" to "${to}"`);
  }
}

/**
 * Applies a picklist change safely: deploy the desired values with the retiring values that still
 * have records kept active, move those records to their replacements, then deploy the desired
 * values alone (Salesforce deactivates the omitted ones).
 */
export async function applyPicklistChange(
  port: SalesforcePort,
  change: PicklistChange,
  deploy: (values: SalesforcePicklistValueSpec[]) => Promise<void>,
  ctx: HandlerContext,
): Promise<void> {
  const { retirements, usage } = await guardRetirements(port, change);
  const moving = retirements.filter((r) => r.to !== undefined && (usage.get(r.apiName) ?? 0) > 0);
  if (moving.length > 0) {
    await deploy(interimValues(change.desired, change.live, moving));
    for (const retirement of moving) {
      for (const target of change.targets) {
        const moved = await moveRecords(port, target, retirement.apiName, retirement.to!, usage.get(retirement.apiName) ?? 0);
        if (moved > 0) ctx.log(`${change.resource}: moved ${moved} ${target.object} record${moved === 1 ? "" : "s"} from "${retirement.apiName}" to "${retirement.to}"`);
      }
    }
  }
  // Deactivate only once nothing the API can change is left on a retiring value.
  const left = await countUsage(port, change.targets, moving.map((r) => r.apiName));
  if ([...left.values()].some((n) => n > 0)) {
    throw new BowtieProviderError({
      resource: change.resource,
      field: "replacements",
      code: "RECORDS_NOT_MOVED",
      message: `records are still on ${[...left].map(([value, n]) => `"${value}" (${n})`).join(", ")} after moving them; the values stay active.`,
      fix: "check what refuses the updates (validation rules, flows, record locks) in the org, then run `up` again.",
    });
  }
  for (const retirement of retirements) {
    for (const target of change.targets) {
      const kept = await countUnmovable(port, target, retirement.apiName);
      if (kept > 0) ctx.log(`${change.resource}: ${kept} converted ${target.object} records keep "${retirement.apiName}" (Salesforce does not allow changing converted leads; the value is deactivated, not deleted)`);
    }
  }
  await deploy(change.desired);
}
