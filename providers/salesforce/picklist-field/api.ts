import type { SalesforcePicklistFieldSpec, SalesforcePicklistValueSpec } from "../../../specs";
import type { MetadataComponent, SalesforcePort } from "../port";
import { fromMetadataValues, mergeMetadataValues, samePicklistValues } from "../picklist/values";
import { fullNameOf } from "./descriptor";

type LiveValueSet = { restricted?: boolean | string | null; valueSetDefinition?: { sorted?: unknown; value?: unknown } | null; [field: string]: unknown };

/** The field as it is in the org, in the spec's shape (active values only), with the raw component a write starts from. */
export async function readFieldComponent(port: SalesforcePort, spec: SalesforcePicklistFieldSpec): Promise<{ field: SalesforcePicklistFieldSpec; component: MetadataComponent } | undefined> {
  const [record] = await port.readMetadata("CustomField", [fullNameOf(spec)]);
  if (!record) return undefined;
  const valueSet = (record.valueSet ?? {}) as LiveValueSet;
  const field = {
    ...spec,
    label: String(record.label ?? ""),
    description: (record.description as string | null) ?? undefined,
    restricted: valueSet.restricted === true || valueSet.restricted === "true",
    values: fromMetadataValues(valueSet.valueSetDefinition?.value),
  };
  return { field, component: record };
}

/** The field as it is in the org, in the spec's shape (active values only); undefined when absent. */
export async function readField(port: SalesforcePort, spec: SalesforcePicklistFieldSpec): Promise<SalesforcePicklistFieldSpec | undefined> {
  return (await readFieldComponent(port, spec))?.field;
}

/**
 * Deploys the field with exactly these values (omitted ones are deactivated by Salesforce),
 * read-modify-write over `live`: Bowtie manages the label, description, restriction, order and
 * values; help text, history tracking, value colours and the rest are kept. Writes nothing when
 * the managed parts already match.
 */
export async function deployField(port: SalesforcePort, spec: SalesforcePicklistFieldSpec, values: SalesforcePicklistValueSpec[], live?: { field: SalesforcePicklistFieldSpec; component: MetadataComponent }): Promise<void> {
  const liveSet = (live?.component.valueSet ?? {}) as LiveValueSet;
  const liveSorted = liveSet.valueSetDefinition?.sorted === true || liveSet.valueSetDefinition?.sorted === "true";
  if (live && !liveSorted && live.field.label === spec.label && (live.field.description || undefined) === (spec.description || undefined) && live.field.restricted === spec.restricted && samePicklistValues(live.field.values, values)) return;
  const { description: _description, ...kept } = (live?.component ?? {}) as Record<string, unknown>;
  // Bowtie's values are the field's own: a global value set it used is replaced, not merged.
  const { valueSetName: _global, ...keptSet } = liveSet;
  await port.saveMetadata(live ? "update" : "create", "CustomField", [
    {
      required: false,
      ...kept,
      fullName: fullNameOf(spec),
      label: spec.label,
      ...(spec.description ? { description: spec.description } : {}),
      type: "Picklist",
      valueSet: { ...keptSet, restricted: spec.restricted, valueSetDefinition: { ...liveSet.valueSetDefinition, sorted: false, value: mergeMetadataValues(values, liveSet.valueSetDefinition?.value) } },
    },
  ]);
}
