/**
 * Formula compilation on deploy, as Salesforce does it for validation rules: syntax, fields on the
 * object and through its lookups, `$` globals, functions, argument types and a checkbox result.
 * Parsing and type checking are formulon's (a Salesforce formula parser); ISNEW, ISCHANGED and
 * PRIORVALUE, which formulon lacks, are checked here and stand in as values of their result type.
 */
import { ast as parseAst, parse } from "formulon";
import { fieldsOf, isKnownObject, lookupTargets, type FieldInfo } from "../sobjects";
import type { OrgState } from "../state";

type Node = { type: string; id?: string; name?: string; arguments?: Node[]; errorType?: string; message?: string; [key: string]: unknown };
type Literal = { type: "literal"; dataType: string; value: unknown; options?: Record<string, unknown> };

/** Globals the sandbox knows and their fields; `$Permission` and `$Label` name components it has none of. */
const GLOBALS: Record<string, string> = { $User: "User", $Profile: "Profile", $UserRole: "UserRole", $RecordType: "RecordType" };
const ORGANIZATION_FIELDS = new Set(["Id", "Name", "Division", "City", "Country"]);

/** A value of the field's formula type, for formulon's type checks. */
function literalOf(field: FieldInfo): Literal {
  switch (field.type) {
    case "picklist":
      return { type: "literal", dataType: "picklist", value: "", options: { values: [] } };
    case "boolean":
      return { type: "literal", dataType: "checkbox", value: false };
    case "currency":
    case "double":
    case "percent":
      return { type: "literal", dataType: "number", value: 0, options: { length: 16, scale: 2 } };
    case "date":
      return { type: "literal", dataType: "date", value: new Date(0) };
    case "datetime":
      return { type: "literal", dataType: "datetime", value: new Date(0) };
    default:
      return { type: "literal", dataType: "text", value: "", options: { length: 255 } };
  }
}

const find = (fields: FieldInfo[], name: string) => fields.find((f) => f.name.toLowerCase() === name.toLowerCase());

/** The field a reference names (`Amount`, `RecordType.DeveloperName`, `Account.Owner.Email`, `$User.Id`), or undefined. */
function resolve(org: OrgState, object: string, reference: string): FieldInfo | undefined {
  const parts = reference.split(".");
  const head = parts[0]!;
  if (head.startsWith("$")) {
    if (head === "$Organization") return parts.length === 2 && ORGANIZATION_FIELDS.has(parts[1]!) ? { name: parts[1]!, label: parts[1]!, type: "string" } : undefined;
    const target = GLOBALS[head];
    return target && parts.length >= 2 ? walk(org, target, parts.slice(1)) : undefined;
  }
  return walk(org, object, parts);
}

function walk(org: OrgState, object: string, parts: string[]): FieldInfo | undefined {
  const fields = fieldsOf(org, object);
  if (parts.length === 1) return find(fields, parts[0]!);
  const relationship = fields.find((f) => f.reference && f.reference.relationship.toLowerCase() === parts[0]!.toLowerCase());
  const to = relationship?.reference?.to;
  if (!to || !(isKnownObject(to) || Object.hasOwn(lookupTargets, to))) return undefined;
  return walk(org, to, parts.slice(1));
}

/** A compile error, worded as Salesforce's formula compiler words it. */
export class FormulaError extends Error {}

const TYPE_NAMES: Record<string, string> = { checkbox: "true/false", text: "Text", number: "Number", date: "Date", datetime: "Date/Time", picklist: "Picklist" };
const typeName = (dataType: string) => TYPE_NAMES[dataType] ?? dataType;

const SPECIALS = new Set(["isnew", "ischanged", "priorvalue"]);

/** Replaces identifiers by typed values and checks ISNEW/ISCHANGED/PRIORVALUE, throwing Salesforce's messages. */
function substitute(org: OrgState, object: string, node: Node): Node {
  if (node.type === "identifier") {
    const field = resolve(org, object, node.name!);
    if (!field) throw new FormulaError(`Field ${node.name} does not exist. Check spelling.`);
    return literalOf(field);
  }
  if (node.type !== "callExpression") return node;
  const args = node.arguments ?? [];
  const name = node.id!;
  if (SPECIALS.has(name)) {
    const upper = name.toUpperCase();
    const expected = name === "isnew" ? 0 : 1;
    if (args.length !== expected) throw new FormulaError(`Incorrect number of parameters for function '${upper}()'. Expected ${expected}, received ${args.length}`);
    if (name === "isnew") return { type: "literal", dataType: "checkbox", value: false };
    const [arg] = args;
    if (arg!.type !== "identifier") throw new FormulaError(`Incorrect parameter type for function '${upper}()'. Expected Field, received ${typeName(String((arg as Literal).dataType ?? "formula"))}`);
    const field = substitute(org, object, arg!);
    return name === "ischanged" ? { type: "literal", dataType: "checkbox", value: false } : field;
  }
  return { ...node, arguments: args.map((a) => substitute(org, object, a)) };
}

const OPERATORS: Record<string, string> = {
  add: "+", subtract: "-", multiply: "*", divide: "/", exponentiate: "^",
  greaterThan: ">", greaterThanOrEqual: ">=", lessThan: "<", lessThanOrEqual: "<=", equal: "=", unequal: "<>",
};

/**
 * formulon type-checks text, so the substituted tree is written back as text in which every value
 * is an identifier bound to it: formulon's own checks then run over exactly this tree.
 */
function typeCheck(tree: Node): Node {
  const values: Record<string, Node> = {};
  const write = (node: Node): string => {
    if (node.type !== "callExpression") {
      const name = `Bowtie_Value_${Object.keys(values).length}`;
      values[name] = node;
      return name;
    }
    const args = (node.arguments ?? []).map(write);
    const operator = OPERATORS[node.id!];
    return operator && args.length === 2 ? `(${args[0]} ${operator} ${args[1]})` : `${node.id!.toUpperCase()}(${args.join(", ")})`;
  };
  const text = write(tree);
  return parse(text, values as never) as unknown as Node;
}

/**
 * Compiles `formula` on `object` and throws a `FormulaError` with Salesforce's wording when it
 * would not deploy; `resultType` is what the formula must return (`checkbox` for a validation rule).
 */
export function compileFormula(org: OrgState, object: string, formula: string, resultType = "checkbox"): void {
  const tree = parseAst(formula) as Node;
  if (tree.type === "error") throw new FormulaError("Syntax error. Check the formula for a missing or extra parenthesis, comma or quote.");
  const result = typeCheck(substitute(org, object, tree));
  if (result.type === "error") throw new FormulaError(String(result.message));
  const dataType = String((result as Literal).dataType);
  if (dataType !== resultType && dataType !== "null") {
    throw new FormulaError(`Formula result is data type (${typeName(dataType)}), incompatible with expected data type (${typeName(resultType)}).`);
  }
}
