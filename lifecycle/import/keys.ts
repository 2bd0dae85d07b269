/**
 * Model keys for imported items. The CRM names are always written explicitly next to them, so a
 * key only has to be valid, unique within its list and readable; derived from the label first
 * ("Closed - Not Converted" → `closed_not_converted`), else from the CRM value (HubSpot's
 * "120 Days Out" stage → its id `renewal_120_days`), else `<prefix>_<n>`.
 */

const MAX = 24;

/** `"Id. Decision Makers"` → `id_decision_makers`; undefined when nothing usable is left. */
export function slug(text: string): string | undefined {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let out = "";
  for (const word of words) {
    const next = out === "" ? word : `${out}_${word}`;
    if (next.length > MAX) break;
    out = next;
  }
  if (out === "" && words[0]) out = words[0].slice(0, MAX);
  return /^[a-z]/.test(out) ? out : undefined;
}

/** Hands out keys unique within one list, in the order asked. */
export class KeyAllocator {
  private readonly taken = new Set<string>();
  private count = 0;

  constructor(private readonly prefix: string) {}

  key(...candidates: string[]): string {
    this.count += 1;
    const base = candidates.map(slug).find((s) => s !== undefined) ?? `${this.prefix}_${this.count}`;
    let key = base;
    for (let n = 2; this.taken.has(key); n += 1) key = `${base.slice(0, MAX - String(n).length - 1).replace(/_+$/, "")}_${n}`;
    this.taken.add(key);
    return key;
  }
}
