import { flowDefinitionType, flowSettingsType, flowType } from "./flows";
import { businessProcessRules, customFieldRules, recordTypeRules, validationRuleRules } from "./object-children";
import { storedType } from "./stored-type";
import type { MetadataType } from "./type";
import { globalValueSetRules, standardValueSetRules } from "./value-sets";

/** Every metadata type the sandbox serves, in describeMetadata's order. A new type is one entry here. */
export const metadataTypes: Readonly<Record<string, MetadataType>> = {
  StandardValueSet: storedType("StandardValueSet", standardValueSetRules),
  GlobalValueSet: storedType("GlobalValueSet", globalValueSetRules),
  CustomField: storedType("CustomField", customFieldRules),
  BusinessProcess: storedType("BusinessProcess", businessProcessRules),
  RecordType: storedType("RecordType", recordTypeRules),
  ValidationRule: storedType("ValidationRule", validationRuleRules),
  Flow: flowType,
  FlowDefinition: flowDefinitionType,
  FlowSettings: flowSettingsType,
};

export const tryGetMetadataType = (type: string): MetadataType | undefined => (Object.hasOwn(metadataTypes, type) ? metadataTypes[type] : undefined);

export function requireMetadataType(type: string): MetadataType {
  const found = tryGetMetadataType(type);
  if (!found) throw new Error(`The sandbox serves no metadata type ${type}`);
  return found;
}

const isObjectChild = (type: MetadataType) => type.directoryName === "objects";

/** The DescribeMetadataResult: object children under CustomObject's `childXmlNames`, every other type on its own. */
export function describeMetadata(): Record<string, unknown> {
  const entries = Object.entries(metadataTypes);
  const customObject = {
    childXmlNames: entries.filter(([, type]) => isObjectChild(type)).map(([name]) => name).sort(),
    directoryName: "objects", inFolder: false, metaFile: false, suffix: "object", xmlName: "CustomObject",
  };
  const others = entries
    .filter(([, type]) => !isObjectChild(type))
    .map(([xmlName, type]) => ({ directoryName: type.directoryName, inFolder: false, metaFile: false, suffix: type.suffix, xmlName }));
  return { metadataObjects: [customObject, ...others], organizationNamespace: "", partialSaveAllowed: true, testRequired: false };
}

/** The fileName of a component in a retrieve (FileProperties): a child of an object is in its object's file. */
export function fileNameOf(type: MetadataType, fullName: string): string {
  return isObjectChild(type) ? `objects/${fullName.split(".")[0]}.object` : `${type.directoryName}/${fullName}.${type.suffix}`;
}
