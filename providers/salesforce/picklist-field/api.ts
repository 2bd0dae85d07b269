import type { SalesforcePicklistFieldSpec, SalesforcePicklistValueSpec } from "../../../specs";
import type { SalesforcePort } from "../port";
import { fromMetadataValues, toMetadataValue } from "../picklist/values";
import { fullNameOf } from "./descriptor";

/** The field as it is in the org, in the spec's shape (active values only); undefined when absent. */
export async function readField(port: SalesforcePort, spec: SalesforcePicklistFieldSpec): Promise<SalesforcePicklistFieldSpec | undefined> {
  const [record] = await port.readMetadata("CustomField", [fullNameOf(spec)]);
  if (!record) return undefined;
  const valueSet = (record.valueSet ?? {}) as { restricted?: boolean | null; valueSetDefinition?: { value?: unknown } | null };
  return {
    ...spec,
    label: String(record.label ?? ""),
    description: (record.description as string | null) ?? undefined,
    restricted: valueSet.restricted === true,
    values: fromMetadataValues(valueSet.valueSetDefinition?.value),
  };
}

/** Deploys the field with exactly these values (omitted ones are deactivated by Salesforce). */
export async function deployField(port: SalesforcePort, spec: SalesforcePicklistFieldSpec, values: SalesforcePicklistValueSpec[], mode: "create" | "update"): Promise<void> {
  await port.saveMetadata(mode, "CustomField", [
    {
      fullName: fullNameOf(spec),
      label: spec.label,
      ...(spec.description ? { description: spec.description } : {}),
      type: "Picklist",
      required: false,
      valueSet: { restricted: spec.restricted, valueSetDefinition: { sorted: false, value: values.map(toMetadataValue) } },
    },
  ]);
}
