import { requireMetadataType } from "./metadata/registry";
import type { Row } from "./soql-eval";
import type { OrgState } from "./state";

/** Tooling API objects the sandbox can query, derived from the org's metadata. */
export function toolingRows(org: OrgState, object: string): Row[] | undefined {
  switch (object) {
    case "ValidationRule":
      return Object.values(org.metadata.ValidationRule ?? {}).map((rule) => {
        const [entity, name] = rule.fullName.split(".") as [string, string];
        return {
          Id: toolingId("ValidationRule", rule.fullName), ValidationName: name, Active: rule.active === true, Description: rule.description ?? null,
          ErrorMessage: rule.errorMessage ?? null, ErrorDisplayField: rule.errorDisplayField ?? null,
          EntityDefinitionId: entity, EntityDefinition: { DeveloperName: entity, QualifiedApiName: entity },
        };
      });
    case "FlowDefinition":
      return Object.entries(org.flows).map(([name, versions]) => {
        const active = versions.find((v) => v.status === "Active");
        const latest = versions[versions.length - 1]!;
        return {
          Id: toolingId("FlowDefinition", name), DeveloperName: name, MasterLabel: latest.metadata.label ?? name,
          ActiveVersionId: active ? toolingId("Flow", `${name}-${active.versionNumber}`) : null,
          LatestVersionId: toolingId("Flow", `${name}-${latest.versionNumber}`),
        };
      });
    case "Flow":
      return Object.entries(org.flows).flatMap(([name, versions]) =>
        versions.map((version) => ({
          Id: toolingId("Flow", `${name}-${version.versionNumber}`), DefinitionId: toolingId("FlowDefinition", name),
          Definition: { DeveloperName: name }, MasterLabel: version.metadata.label ?? name,
          VersionNumber: version.versionNumber, Status: version.status, ProcessType: version.metadata.processType ?? null,
        })),
      );
    case "CustomField":
      return Object.values(org.metadata.CustomField ?? {}).map((field) => {
        const [entity, name] = field.fullName.split(".") as [string, string];
        return { Id: toolingId("CustomField", field.fullName), DeveloperName: name.replace(/__c$/, ""), TableEnumOrId: entity, EntityDefinition: { QualifiedApiName: entity } };
      });
    case "RecordType":
      return Object.values(org.metadata.RecordType ?? {}).map((rt) => {
        const [entity, name] = rt.fullName.split(".") as [string, string];
        return { Id: toolingId("RecordType", rt.fullName), DeveloperName: name, Name: rt.label, SobjectType: entity, IsActive: rt.active !== false };
      });
    default:
      return undefined;
  }
}

/** A stable 18-character id for a metadata-derived row, with its type's key prefix, so repeated queries agree. */
function toolingId(type: string, key: string): string {
  const prefix = requireMetadataType(type).idPrefix;
  if (!prefix) throw new Error(`The Tooling API has no ids for ${type}`);
  let hash = 7;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `${prefix}5g${String(hash).padStart(10, "0")}AAA`;
}
