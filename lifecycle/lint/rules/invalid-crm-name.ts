import { isDealPipeline, type Architecture } from "../../schema";
import { processNameSchema } from "../../../specs/salesforce/metadata-name";
import { hasSalesProcess, processName, recordTypeName } from "../../compile/salesforce/sales-processes";
import { HUBSPOT, SALESFORCE, SALESFORCE_DEVELOPER_NAME, hubspotValue, salesforceValue } from "../../names";
import type { LintRule, RuleHit } from "../types";

type Item = { key: string; label: string; names: { salesforce?: string; hubspot?: string } };

function salesforcePicklist(items: { item: Item; path: (string | number)[] }[], max: number, what: string): RuleHit[] {
  return items.flatMap(({ item, path }) => {
    const hits: RuleHit[] = [];
    const name = salesforceValue(item);
    if (name.length > max)
      hits.push({ path: [...path, "names", "salesforce"], message: `Salesforce ${what} value "${name}" is ${name.length} characters; the limit is ${max}`, fix: `set a shorter names.salesforce (at most ${max} characters)` });
    if (item.label.length > max)
      hits.push({ path: [...path, "label"], message: `Salesforce ${what} label "${item.label}" is ${item.label.length} characters; the limit is ${max}`, fix: `shorten the label to at most ${max} characters` });
    return hits;
  });
}

function hubspotValues(items: { item: Item; path: (string | number)[] }[], what: string): RuleHit[] {
  return items
    .filter(({ item }) => !HUBSPOT.valuePattern.test(hubspotValue(item)))
    .map(({ item, path }) => ({
      path: [...path, "names", "hubspot"],
      message: `HubSpot ${what} value "${hubspotValue(item)}" is not a valid internal value`,
      fix: "use letters, digits and underscores only, at most 100 characters (e.g. salesacceptedlead)",
    }));
}

/**
 * Sales process names are free text as Salesforce's Setup accepts them (spaces, `/`, parentheses;
 * at most 80 characters, no leading or trailing spaces); the record type that selects a process
 * has a developer name (letters, digits, single underscores, letter first, no trailing `_`).
 */
function processNames(arch: Architecture): RuleHit[] {
  return Object.entries(arch.pipelines).filter(([, p]) => hasSalesProcess(p)).flatMap(([key, p]) => {
    const hits: RuleHit[] = [];
    const name = processName(key, p);
    const parsed = processNameSchema.safeParse(name);
    if (!parsed.success)
      hits.push({ path: ["pipelines", key, "names", "salesforce"], message: `Salesforce process name "${name}" is not valid: ${parsed.error.issues[0]!.message}`, fix: "use at most 80 characters without leading or trailing spaces (e.g. New Business)" });
    const recordType = recordTypeName(key, p);
    if (!SALESFORCE_DEVELOPER_NAME.test(recordType) || recordType.length > SALESFORCE.limits.recordTypeName)
      hits.push({
        path: ["pipelines", key, "salesforceProcess", "recordType"],
        message: `Salesforce record type name "${recordType}" is not a valid API name`,
        fix: "start with a letter; use letters, digits and single underscores; no trailing underscore; at most 80 characters (e.g. New_Business)",
      });
    return hits;
  });
}

/** Names must be accepted by each target CRM (Salesforce API name rules and lengths, HubSpot internal values). */
export const invalidCrmName: LintRule = {
  code: "BT014",
  severity: "error",
  summary: "Values and names are valid for Salesforce and HubSpot.",
  check: (arch) => {
    const at = <T extends Item>(list: T[], base: (string | number)[]) => list.map((item, i) => ({ item, path: [...base, i] }));
    const pipelines = Object.entries(arch.pipelines);
    const dealStages = pipelines.filter(([, p]) => isDealPipeline(p)).flatMap(([key, p]) => at(p.stages, ["pipelines", key, "stages"]));
    const csStages = pipelines.filter(([, p]) => !isDealPipeline(p)).flatMap(([key, p]) => at(p.stages, ["pipelines", key, "stages"]));
    const { customPicklistValue, standardPicklistValue } = SALESFORCE.limits;
    return [
      ...salesforcePicklist(at(arch.lifecycle, ["lifecycle"]), customPicklistValue, "lifecycle"),
      ...salesforcePicklist(at(arch.dropOffReasons, ["dropOffReasons"]), customPicklistValue, "drop-off reason"),
      ...salesforcePicklist(csStages, customPicklistValue, "customer-success stage"),
      ...salesforcePicklist(at(arch.statuses, ["statuses"]), standardPicklistValue, "Lead Status"),
      ...salesforcePicklist(dealStages, standardPicklistValue, "Opportunity Stage"),
      ...processNames(arch),
      ...hubspotValues(at(arch.lifecycle, ["lifecycle"]), "lifecycle stage"),
      ...hubspotValues(at(arch.statuses, ["statuses"]), "lead status"),
      ...hubspotValues(at(arch.dropOffReasons, ["dropOffReasons"]), "drop-off reason"),
      ...hubspotValues([...dealStages, ...csStages], "pipeline stage"),
    ];
  },
};
