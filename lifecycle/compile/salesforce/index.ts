import type { SalesforceResourceSpec } from "../../../specs";
import type { Architecture } from "../../schema";
import { flows } from "./flows";
import { picklistFields } from "./picklist-fields";
import { markPlannedFields } from "./planned-fields";
import { salesProcesses } from "./sales-processes";
import { validationRules } from "./validation-rules";
import { leadStatus, opportunityStage } from "./value-sets";

/** Salesforce specs in build order: value sets, fields, processes, validation rules, flows. */
export function compileSalesforce(arch: Architecture): SalesforceResourceSpec[] {
  const fields = picklistFields(arch);
  const planned = markPlannedFields(fields, validationRules(arch), flows(arch));
  return [
    ...(arch.statuses.length > 0 ? [leadStatus(arch)] : []),
    opportunityStage(arch),
    ...fields,
    ...salesProcesses(arch),
    ...planned.rules,
    ...planned.flows,
  ];
}
