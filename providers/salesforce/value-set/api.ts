import type { SalesforcePicklistValueSpec, SalesforceValueSetSpec } from "../../../specs";
import type { SalesforcePort } from "../port";
import { fromMetadataValues, toMetadataValue } from "../picklist/values";

const metadataType = (spec: Pick<SalesforceValueSetSpec, "standard">) => (spec.standard ? "StandardValueSet" : "GlobalValueSet");

/** Reads the value set's active values, in order; undefined when it does not exist. */
export async function readValues(port: SalesforcePort, spec: SalesforceValueSetSpec): Promise<SalesforcePicklistValueSpec[] | undefined> {
  const [record] = await port.readMetadata(metadataType(spec), [spec.valueSetName]);
  if (!record) return undefined;
  return fromMetadataValues(spec.standard ? record.standardValue : record.customValue);
}

/** Deploys exactly these values; Salesforce deactivates the values it had that are not listed. */
export async function deployValues(port: SalesforcePort, spec: SalesforceValueSetSpec, values: SalesforcePicklistValueSpec[], mode: "create" | "update"): Promise<void> {
  const metadata = values.map(toMetadataValue);
  const component = spec.standard
    ? { fullName: spec.valueSetName, sorted: false, standardValue: metadata }
    : { fullName: spec.valueSetName, masterLabel: spec.valueSetName, sorted: false, customValue: metadata };
  await port.saveMetadata(mode, metadataType(spec), [component]);
}

export async function deleteGlobalValueSet(port: SalesforcePort, spec: SalesforceValueSetSpec): Promise<void> {
  await port.deleteMetadata("GlobalValueSet", [spec.valueSetName]);
}
