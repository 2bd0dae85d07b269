import type { SalesforcePicklistValueSpec, SalesforceValueSetSpec } from "../../../specs";
import type { MetadataComponent, SalesforcePort } from "../port";
import { fromMetadataValues, mergeMetadataValues, samePicklistValues } from "../picklist/values";

const metadataType = (spec: Pick<SalesforceValueSetSpec, "standard">) => (spec.standard ? "StandardValueSet" : "GlobalValueSet");
const valuesKey = (spec: Pick<SalesforceValueSetSpec, "standard">) => (spec.standard ? "standardValue" : "customValue");

/** The value set as read: its active values in order, and the raw component a write starts from. */
export interface LiveValueSet {
  values: SalesforcePicklistValueSpec[];
  component: MetadataComponent;
}

/** Reads the value set; undefined when it does not exist. */
export async function readValueSet(port: SalesforcePort, spec: SalesforceValueSetSpec): Promise<LiveValueSet | undefined> {
  const [component] = await port.readMetadata(metadataType(spec), [spec.valueSetName]);
  return component && { values: fromMetadataValues(component[valuesKey(spec)]), component };
}

/** Reads the value set's active values, in order; undefined when it does not exist. */
export async function readValues(port: SalesforcePort, spec: SalesforceValueSetSpec): Promise<SalesforcePicklistValueSpec[] | undefined> {
  return (await readValueSet(port, spec))?.values;
}

/**
 * Deploys exactly these values (Salesforce deactivates the values it had that are not listed),
 * read-modify-write over `live`: the set's other elements and each value's unmodelled fields
 * (colours, …) are kept. Writes nothing when the org already has these values in this order.
 */
export async function deployValues(port: SalesforcePort, spec: SalesforceValueSetSpec, values: SalesforcePicklistValueSpec[], live?: MetadataComponent): Promise<void> {
  const key = valuesKey(spec);
  const sorted = live?.sorted === true || live?.sorted === "true";
  if (live && !sorted && samePicklistValues(fromMetadataValues(live[key]), values)) return;
  const component = { ...live, fullName: spec.valueSetName, sorted: false, [key]: mergeMetadataValues(values, live?.[key]) };
  if (!spec.standard && !component.masterLabel) component.masterLabel = spec.valueSetName;
  await port.saveMetadata(live ? "update" : "create", metadataType(spec), [component]);
}

export async function deleteGlobalValueSet(port: SalesforcePort, spec: SalesforceValueSetSpec): Promise<void> {
  await port.deleteMetadata("GlobalValueSet", [spec.valueSetName]);
}
