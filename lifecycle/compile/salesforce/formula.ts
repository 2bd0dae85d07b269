/** Small builders for Salesforce formula text. Values are quoted and escaped here, nowhere else. */

export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `CASE(TEXT(field), "A", 1, "B", 2, 0)`: the forward rank of a picklist value (0 when unknown). */
export function rank(fieldText: string, values: readonly string[]): string {
  const pairs = values.map((v, i) => `${quote(v)}, ${i + 1}`).join(", ");
  return `CASE(${fieldText}, ${pairs}, 0)`;
}

/** True when the picklist currently holds any of `values`. */
export function anyPickval(field: string, values: readonly string[]): string {
  const tests = values.map((v) => `ISPICKVAL(${field}, ${quote(v)})`);
  return tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(", ")})`;
}

/** Blank test that works for picklists (which ISBLANK cannot read directly). */
export function blank(field: string, picklist: boolean): string {
  return picklist ? `ISBLANK(TEXT(${field}))` : `ISBLANK(${field})`;
}

export function or(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `OR(${parts.join(", ")})`;
}

export function and(parts: readonly string[]): string {
  return `AND(\n  ${parts.join(",\n  ")}\n)`;
}

/** Entering a value: on create, or when the field changes. */
export function entering(field: string): string {
  return `OR(ISNEW(), ISCHANGED(${field}))`;
}
