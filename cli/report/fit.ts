/** GitHub refuses comment and issue bodies over this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

const lineCount = (block: string) => block.split("\n").length;

/**
 * Keeps `head` and whole `body` blocks from the start until `limit` characters, then says how many
 * lines were cut and where the whole report is (`fullReport`, e.g. "run `bowtie preview`"). A block
 * is a line or several (a fenced diff): it is kept or cut whole, so a cut never leaves a fence open.
 */
export function fitLines(head: string[], body: string[], limit: number, fullReport: string): string {
  const full = `${[...head, ...body].join("\n")}\n`;
  if (full.length <= limit) return full;
  const kept: string[] = [...head];
  let size = kept.join("\n").length;
  const reserve = 200 + fullReport.length;
  let index = 0;
  for (; index < body.length && size + body[index]!.length + 1 < limit - reserve; index++) {
    kept.push(body[index]!);
    size += body[index]!.length + 1;
  }
  const cut = body.slice(index).reduce((lines, block) => lines + lineCount(block), 0);
  kept.push("", `_…${cut} more line${cut === 1 ? "" : "s"} cut to stay under GitHub's ${limit.toLocaleString("en-US")}-character limit; ${fullReport} for all of it._`);
  return `${kept.join("\n")}\n`;
}
