/**
 * How reports show a property's value: inline when it is short, as a unified diff when it is long or
 * spans lines (formulas, descriptions, flow bodies). Values are never cut: the diff shows every line
 * that changed, with a little context.
 */
import { structuredPatch } from "diff";

/** Longer inline values stop reading as a sentence. */
const INLINE_LIMIT = 80;
const CONTEXT_LINES = 3;

/** A value as it reads inline: strings quoted, anything else as JSON, `absent` when there is none. */
export function showValue(value: unknown): string {
  if (value === undefined) return "absent";
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

/** The text a diff compares, one line per line: strings as they are, anything else as indented JSON. */
const asText = (value: unknown) => (value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value, null, 2));

/** True when either value is too long or spans lines to be shown inline. */
export function needsDiff(before: unknown, after: unknown): boolean {
  return [before, after].some((value) => showValue(value).length > INLINE_LIMIT || asText(value).includes("\n"));
}

/** The unified diff from `before` to `after`: `---`/`+++` name the two sides, then every hunk. */
export function unifiedDiff(before: unknown, after: unknown, sides: { before: string; after: string }): string[] {
  const text = (value: unknown) => (value === undefined ? "" : `${asText(value)}\n`);
  const patch = structuredPatch(sides.before, sides.after, text(before), text(after), undefined, undefined, { context: CONTEXT_LINES });
  const hunks = patch.hunks.flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines]);
  return [`--- ${sides.before}`, `+++ ${sides.after}`, ...hunks];
}
