import { z } from "zod";

/**
 * Characters Salesforce percent-encodes inside Metadata API names that are not API names: the
 * process part of a BusinessProcess fullName (`Opportunity.Growth%2FExpansion`) and the stage
 * names listed inside it (`Id%2E Decision Makers`, `Alignment in Progress %28PC%29`). `%` itself
 * is encoded first so decoding is unambiguous.
 */
const ENCODED = /[%./(),]/g;

/** `Growth/Expansion` → `Growth%2FExpansion`. Invariant: `decodeMetadataName(encodeMetadataName(x)) === x`. */
export const encodeMetadataName = (name: string): string => name.replace(ENCODED, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

/** `Discovery%2FEngaged` → `Discovery/Engaged`; any `%XX` is decoded, other text is kept as read. */
export const decodeMetadataName = (name: string): string => name.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * A sales process name as Salesforce's Setup accepts it (Sales Process "Name", up to 80
 * characters, any text: spaces, `/`, `(`…), decoded. Blank and padded names are refused.
 */
export const processNameSchema = z
  .string()
  .min(1, "a sales process needs a name")
  .max(80, "Salesforce sales process names are at most 80 characters")
  .refine((name) => name.trim() === name, "no leading or trailing spaces")
  .refine((name) => !/[\r\n\t]/.test(name), "no line breaks or tabs");

/**
 * A developer name (RecordType API name) for a process name that is not one:
 * `Benefits BoR Sales Process` → `Benefits_BoR_Sales_Process`, `Growth/Expansion` → `Growth_Expansion`.
 * An API name is returned as it is. Deterministic.
 */
export function developerNameOf(name: string): string {
  const words = name.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  const named = /^[A-Za-z]/.test(words) ? words : `X${words}`;
  return named.slice(0, 80).replace(/_+$/, "");
}
