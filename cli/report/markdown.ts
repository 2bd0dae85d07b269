/** What both Markdown reports (PR comment, drift) need to stay valid Markdown whatever the CRM holds. */

/** Text for one table cell: pipes escaped, on one line. */
export const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A diff as one collapsed block, `summary` shown: one body block for `fitLines`, so it is kept or
 * cut whole. The fence is longer than any run of backticks inside, so no value can close it.
 */
export function diffBlock(summary: string, lines: readonly string[]): string {
  const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`<details><summary>${escapeHtml(summary)}</summary>`, "", `${fence}diff`, ...lines, fence, "", "</details>", ""].join("\n");
}
