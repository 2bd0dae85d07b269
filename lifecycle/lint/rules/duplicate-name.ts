import { isDealPipeline, type Architecture } from "../../schema";
import { hubspotValue, salesforceValue } from "../../names";
import type { LintRule, RuleHit } from "../types";

interface Entry {
  value: string;
  path: (string | number)[];
}

function duplicates(what: string, entries: Entry[], fold: (v: string) => string): RuleHit[] {
  const seen = new Map<string, Entry>();
  const hits: RuleHit[] = [];
  for (const entry of entries) {
    const first = seen.get(fold(entry.value));
    if (first === undefined) seen.set(fold(entry.value), entry);
    else
      hits.push({
        path: entry.path,
        message: `duplicate ${what} "${entry.value}" (first used at ${first.path.join(".")})`,
        fix: `give each item a distinct ${what}`,
      });
  }
  return hits;
}

const lower = (v: string) => v.toLowerCase();
const exact = (v: string) => v;

type Item = { key: string; label: string; names: { salesforce?: string; hubspot?: string } };

function listDuplicates(what: string, items: Item[], base: (string | number)[], opts: { sharedHubSpotValues?: boolean } = {}): RuleHit[] {
  const at = (i: number, field: string) => [...base, i, field];
  return [
    ...duplicates(`${what} key`, items.map((s, i) => ({ value: s.key, path: at(i, "key") })), exact),
    ...duplicates(`${what} label`, items.map((s, i) => ({ value: s.label, path: at(i, "label") })), lower),
    ...duplicates(`${what} Salesforce name`, items.map((s, i) => ({ value: salesforceValue(s), path: at(i, "names") })), lower),
    ...(opts.sharedHubSpotValues ? [] : duplicates(`${what} HubSpot value`, items.map((s, i) => ({ value: hubspotValue(s), path: at(i, "names") })), exact)),
  ];
}

/** Salesforce shares one OpportunityStage set across processes: a shared name must mean the same stage. */
function conflictingOpportunityStages(arch: Architecture): RuleHit[] {
  const seen = new Map<string, { signature: string; path: (string | number)[] }>();
  const hits: RuleHit[] = [];
  for (const [key, pipeline] of Object.entries(arch.pipelines)) {
    if (!isDealPipeline(pipeline)) continue;
    pipeline.stages.forEach((stage, i) => {
      const name = salesforceValue(stage).toLowerCase();
      const signature = `${stage.outcome}/${stage.probability}/${stage.forecastCategory ?? ""}`;
      const first = seen.get(name);
      const path = ["pipelines", key, "stages", i, "names"];
      if (first === undefined) seen.set(name, { signature, path });
      else if (first.signature !== signature)
        hits.push({
          path,
          message: `Salesforce stage "${salesforceValue(stage)}" is also used at ${first.path.join(".")} with a different outcome, probability or forecast category`,
          fix: "stages that share a Salesforce OpportunityStage name must agree; give this one its own names.salesforce",
        });
    });
  }
  return hits;
}

function dealStageValuesAcrossPipelines(arch: Architecture): RuleHit[] {
  const entries = Object.entries(arch.pipelines)
    .filter(([, p]) => isDealPipeline(p))
    .flatMap(([key, p]) => p.stages.map((s, i) => ({ value: hubspotValue(s), path: ["pipelines", key, "stages", i, "names"] })));
  return duplicates("HubSpot deal stage key (across deal pipelines)", entries, exact);
}

/** Duplicate keys, labels or CRM names make values ambiguous in the CRM and in reports. */
export const duplicateName: LintRule = {
  code: "BT013",
  severity: "error",
  summary: "Keys, labels and CRM names are unique where the CRM needs them to be.",
  check: (arch) => {
    const pipelineHits = Object.entries(arch.pipelines).flatMap(([key, p]) => listDuplicates("stage", p.stages, ["pipelines", key, "stages"]));
    const pipelineLabels = duplicates("pipeline label", Object.entries(arch.pipelines).map(([key, p]) => ({ value: p.label, path: ["pipelines", key, "label"] })), lower);
    return [
      // On a locked portal adjacent stages may share a HubSpot default stage (checked by the schema).
      ...listDuplicates("lifecycle stage", arch.lifecycle, ["lifecycle"], { sharedHubSpotValues: arch.hubspot?.lifecycleStages === "portal-defaults" }),
      ...listDuplicates("status", arch.statuses, ["statuses"]),
      ...listDuplicates("drop-off reason", arch.dropOffReasons, ["dropOffReasons"]),
      ...pipelineHits,
      ...pipelineLabels,
      ...conflictingOpportunityStages(arch),
      ...dealStageValuesAcrossPipelines(arch).filter((h) => !pipelineHits.some((p) => p.path.join(".") === h.path.join("."))),
    ];
  },
};
