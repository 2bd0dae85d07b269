/** Comparing Metadata components as jsforce reads them with the ones Bowtie is about to write. */

/**
 * The comparable form of a component: scalars as strings (jsforce reads `true` and `10` as
 * text where its schema does not know the field), a one-item list as the item (a single element
 * parses as an object), and empty or null fields as absent. Idempotent.
 */
function comparable(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (Array.isArray(value)) {
    const items = value.map(comparable).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items.length === 1 ? items[0] : items;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const field = comparable((value as Record<string, unknown>)[key]);
      if (field !== undefined) out[key] = field;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return String(value);
}

/** True when writing `next` over `live` would change nothing Salesforce stores. */
export const sameComponent = (live: object, next: object): boolean => JSON.stringify(comparable(live)) === JSON.stringify(comparable(next));
