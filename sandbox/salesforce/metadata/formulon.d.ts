/** The part of formulon (MIT, a Salesforce formula parser; it ships no types) the sandbox and its tests use. */
declare module "formulon" {
  /** The identifiers (fields, `$` globals) a formula references. */
  export function extract(formula: string): string[];
  /** The syntax tree, or `{ type: "error", errorType: "SyntaxError" }`. */
  export function ast(formula: string): { type: string; [key: string]: unknown };
  /** Evaluates with `substitutions` for identifiers; type and argument errors come back as `{ type: "error", message }`. */
  export function parse(formula: string, substitutions?: Record<string, unknown>): { type: string; dataType?: string; message?: string; [key: string]: unknown };
}
