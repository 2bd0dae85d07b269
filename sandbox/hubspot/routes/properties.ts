/**
 * `/crm/v3/properties/{objectType}`: properties, groups and batch read. PATCH replaces the whole
 * option list; editing read-only options is refused. Removing an option that records use is not:
 * HubSpot documents no such refusal, and the records keep the value, which is no longer an option.
 */
import {
  batchReply,
  conflict,
  noContent,
  notFound,
  now,
  ok,
  route,
  validationError,
  type HubSpotRoute,
  type HubSpotRequest,
} from "../http";
import { crmObjectTypes, type CrmObjectType, type PortalState, type SandboxOption, type SandboxProperty } from "../state";

const objectTypeIds: Record<string, CrmObjectType> = { "0-1": "contacts", "0-2": "companies", "0-3": "deals", "0-5": "tickets" };

export function requireObjectType(raw: string): CrmObjectType {
  const objectType = objectTypeIds[raw] ?? raw;
  if (!(crmObjectTypes as readonly string[]).includes(objectType)) throw notFound(`Unable to infer object type from: ${raw}`);
  return objectType as CrmObjectType;
}

function findProperty(state: PortalState, objectType: CrmObjectType, name: string, archived = false): SandboxProperty {
  const property = state.properties[objectType].find((p) => p.name === name && p.archived === archived);
  if (!property) throw notFound(`Property ${name} does not exist`);
  return property;
}

function normalizeOptions(input: unknown, propertyName: string): SandboxOption[] {
  if (!Array.isArray(input)) throw validationError(`options of property ${propertyName} must be an array`);
  const seen = new Set<string>();
  return input.map((raw: any, index: number) => {
    if (typeof raw?.value !== "string" || raw.value === "" || typeof raw?.label !== "string" || raw.label === "") {
      throw validationError(`Option ${index} of property ${propertyName} needs a non-empty label and value`, {
        subCategory: "PropertyError.INVALID_OPTION",
      });
    }
    if (seen.has(raw.value)) {
      throw validationError(`Duplicate option value ${raw.value} on property ${propertyName}`, {
        subCategory: "PropertyError.DUPLICATE_OPTION_VALUE",
        context: { values: [raw.value] },
      });
    }
    seen.add(raw.value);
    return {
      label: raw.label,
      value: raw.value,
      displayOrder: typeof raw.displayOrder === "number" ? raw.displayOrder : index,
      hidden: Boolean(raw.hidden),
      description: typeof raw.description === "string" ? raw.description : "",
    };
  });
}

const definitionFields = ["label", "description", "groupName", "type", "fieldType"] as const;

function updateProperty(req: HubSpotRequest, state: PortalState): SandboxProperty {
  const objectType = requireObjectType(req.params.objectType!);
  const property = findProperty(state, objectType, req.params.name!);
  const body = req.body ?? {};
  const meta = property.modificationMetadata;
  if (meta.readOnlyDefinition) {
    const touched = definitionFields.filter((f) => body[f] !== undefined && body[f] !== property[f]);
    if (touched.length > 0) {
      throw validationError(`The definition of HubSpot-defined property ${property.name} is read-only (${touched.join(", ")})`, {
        subCategory: "PropertyError.READ_ONLY_DEFINITION",
        context: { propertyName: [property.name], fields: touched },
      });
    }
  }
  if (body.options !== undefined) {
    const next = normalizeOptions(body.options, property.name);
    if (meta.readOnlyOptions && JSON.stringify(next) !== JSON.stringify(property.options)) {
      throw validationError(`The options of property ${property.name} are read-only in this portal`, {
        subCategory: "PropertyError.READ_ONLY_OPTIONS",
        context: { propertyName: [property.name] },
      });
    }
    property.options = next;
  }
  for (const field of [...definitionFields, "hidden", "displayOrder", "formField"] as const) {
    if (body[field] !== undefined) (property as any)[field] = body[field];
  }
  property.updatedAt = now();
  return property;
}

function createProperty(req: HubSpotRequest, state: PortalState): SandboxProperty {
  const objectType = requireObjectType(req.params.objectType!);
  const body = req.body ?? {};
  for (const field of ["name", "label", "type", "fieldType", "groupName"]) {
    if (typeof body[field] !== "string" || body[field] === "") throw validationError(`Property ${field} is required`, { context: { field: [field] } });
  }
  if (!/^[a-z][a-z0-9_]*$/.test(body.name)) throw validationError(`Property name ${body.name} must be lowercase letters, digits and _`);
  if (state.properties[objectType].some((p) => p.name === body.name && !p.archived)) throw conflict(`Property named '${body.name}' already exists.`);
  if (!state.groups[objectType].some((g) => g.name === body.groupName)) throw validationError(`Property group ${body.groupName} does not exist`);
  const timestamp = now();
  const property: SandboxProperty = {
    name: body.name,
    label: body.label,
    type: body.type,
    fieldType: body.fieldType,
    description: body.description ?? "",
    groupName: body.groupName,
    options: body.options ? normalizeOptions(body.options, body.name) : [],
    displayOrder: body.displayOrder ?? -1,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: Boolean(body.hasUniqueValue),
    hidden: Boolean(body.hidden),
    formField: Boolean(body.formField),
    modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyOptions: false, readOnlyValue: false },
    createdAt: timestamp,
    updatedAt: timestamp,
    archived: false,
  };
  state.properties[objectType] = state.properties[objectType].filter((p) => !(p.name === body.name && p.archived));
  state.properties[objectType].push(property);
  return property;
}

export const propertyRoutes: HubSpotRoute[] = [
  route("GET", "/crm/v3/properties/:objectType/groups", (req, { state }) =>
    ok({ results: state.groups[requireObjectType(req.params.objectType!)].filter((g) => !g.archived) }),
  ),
  route("GET", "/crm/v3/properties/:objectType/groups/:groupName", (req, { state }) => {
    const group = state.groups[requireObjectType(req.params.objectType!)].find((g) => g.name === req.params.groupName);
    if (!group) throw notFound(`Property group ${req.params.groupName} does not exist`);
    return ok(group);
  }),
  route("POST", "/crm/v3/properties/:objectType/groups", (req, ctx) => {
    const groups = ctx.state.groups[requireObjectType(req.params.objectType!)];
    const { name, label, displayOrder } = req.body ?? {};
    if (typeof name !== "string" || typeof label !== "string") throw validationError("Property group name and label are required");
    if (groups.some((g) => g.name === name)) throw conflict(`Property group named '${name}' already exists.`);
    const group = { name, label, displayOrder: displayOrder ?? -1, archived: false };
    groups.push(group);
    ctx.changed = true;
    return ok(group, 201);
  }),
  route("POST", "/crm/v3/properties/:objectType/batch/read", (req, { state }) => {
    const startedAt = now();
    const objectType = requireObjectType(req.params.objectType!);
    const archived = Boolean(req.body?.archived);
    const names: string[] = (req.body?.inputs ?? []).map((input: { name: string }) => input.name);
    return batchReply(state.properties[objectType].filter((p) => names.includes(p.name) && p.archived === archived), startedAt);
  }),
  route("GET", "/crm/v3/properties/:objectType", (req, { state }) => {
    const archived = req.query.get("archived") === "true";
    return ok({ results: state.properties[requireObjectType(req.params.objectType!)].filter((p) => p.archived === archived) });
  }),
  route("POST", "/crm/v3/properties/:objectType", (req, ctx) => {
    const property = createProperty(req, ctx.state);
    ctx.changed = true;
    return ok(property, 201);
  }),
  route("GET", "/crm/v3/properties/:objectType/:name", (req, { state }) =>
    ok(findProperty(state, requireObjectType(req.params.objectType!), req.params.name!, req.query.get("archived") === "true")),
  ),
  route("PATCH", "/crm/v3/properties/:objectType/:name", (req, ctx) => {
    const property = updateProperty(req, ctx.state);
    ctx.changed = true;
    return ok(property);
  }),
  route("DELETE", "/crm/v3/properties/:objectType/:name", (req, ctx) => {
    const property = findProperty(ctx.state, requireObjectType(req.params.objectType!), req.params.name!);
    if (!property.modificationMetadata.archivable) {
      throw validationError(`Property ${property.name} is HubSpot-defined and cannot be archived`, {
        subCategory: "PropertyError.NOT_ARCHIVABLE",
      });
    }
    property.archived = true;
    property.archivedAt = now();
    ctx.changed = true;
    return noContent();
  }),
];
