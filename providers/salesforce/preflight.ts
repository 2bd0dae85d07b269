/**
 * The preview's field check for validation rules and flows: every field they reference must be
 * one describe lists (or one the same architecture deploys first), so a missing field is named in
 * the preview with its fix instead of failing the deploy half-way through `up`.
 */
import type { SalesforceFlowSpec, SalesforceValidationRuleSpec } from "../../specs";
import { BowtieProviderError } from "../core/errors";
import type { HandlerContext } from "../core/kind";
import { openPort } from "./port";

/** A field reference: the object and field a spec needs to exist. */
export interface FieldReference {
  object: string;
  field: string;
}

/** The lookup field a relationship name stands for: `RecordType` → `RecordTypeId`, `Broker__r` → `Broker__c`. */
const lookupField = (relationship: string) => (relationship.endsWith("__r") ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`);

const LITERALS = new Set(["TRUE", "FALSE", "NULL"]);

/**
 * The field references of a formula: dotted names not followed by `(` (a function call), outside
 * string literals and comments, without the TRUE/FALSE/NULL literals. Pure.
 */
export function formulaIdentifiers(formula: string): string[] {
  const code = formula.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const names = [...code.matchAll(/(\$?[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*(\()?/g)].filter((m) => !m[2]).map((m) => m[1]!);
  return [...new Set(names.filter((name) => !LITERALS.has(name.toUpperCase())))];
}

/** Fields a rule's formula and display field reference on its object (a lookup path needs its first lookup). Pure. */
export function ruleReferences(rule: SalesforceValidationRuleSpec): FieldReference[] {
  const identifiers = formulaIdentifiers(rule.errorConditionFormula).filter((name) => !name.startsWith("$"));
  const fields = identifiers.map((name) => (name.includes(".") ? lookupField(name.split(".")[0]!) : name));
  if (rule.errorDisplayField) fields.push(rule.errorDisplayField);
  return [...new Set(fields)].map((field) => ({ object: rule.object, field }));
}

/** Fields a flow reads on its trigger object and writes or matches on its target. Pure. */
export function flowReferences(flow: SalesforceFlowSpec): FieldReference[] {
  const self = flow.update.target === "$Record";
  const target = self ? flow.object : flow.update.target;
  const onTrigger = [...flow.conditions.map((c) => c.field), ...(self ? [] : [flow.update.recordField ?? "Id"])];
  const onTarget = [flow.update.field, ...(self ? [] : [flow.update.relatedBy ?? "Id"])];
  const refs = [...onTrigger.map((field) => ({ object: flow.object, field })), ...onTarget.map((field) => ({ object: target, field }))];
  return refs.filter((ref, i) => refs.findIndex((r) => r.object === ref.object && r.field === ref.field) === i);
}

/** Which references the org lacks, given the describe of each object (undefined: no such object). Pure. */
export function missingReferences(refs: readonly FieldReference[], described: ReadonlyMap<string, readonly string[] | undefined>, planned: readonly string[] = []): FieldReference[] {
  return refs.filter(({ object, field }) => {
    if (planned.includes(`${object}.${field}`)) return false;
    const fields = described.get(object);
    return !fields || !fields.some((name) => name.toLowerCase() === field.toLowerCase());
  });
}

/** Refuses with `MISSING_FIELDS`, naming every missing field and the fix, when the org lacks any reference. */
export async function requireReferencedFields(spec: SalesforceValidationRuleSpec | SalesforceFlowSpec, refs: FieldReference[], resource: string, ctx: HandlerContext): Promise<void> {
  const port = openPort(ctx, spec.name, resource);
  const described = new Map<string, string[] | undefined>();
  for (const object of new Set(refs.map((r) => r.object))) described.set(object, await port.describeFields(object));
  const missing = missingReferences(refs, described, spec.plannedFields);
  if (missing.length === 0) return;
  const names = missing.map((m) => `${m.object}.${m.field}`);
  const objects = [...new Set(missing.map((m) => m.object))];
  throw new BowtieProviderError({
    resource,
    field: spec.kind === "salesforce:validation-rule" ? "errorConditionFormula" : "update",
    code: "MISSING_FIELDS",
    message: `the org has no field ${names.join(", ")} that this ${spec.kind === "salesforce:validation-rule" ? "rule" : "flow"} references (or the integration user cannot see ${missing.length === 1 ? "it" : "them"}); Salesforce would refuse the deploy.`,
    fix: `Create ${names.join(", ")} in Setup → Object Manager → ${objects.join(" / ")} → Fields & Relationships (or add ${missing.length === 1 ? "it" : "them"} to the architecture) and give the integration user read access, or change the ${spec.kind === "salesforce:validation-rule" ? "rule" : "flow"} not to use ${missing.length === 1 ? "it" : "them"}.`,
  });
}
