/**
 * Data on a channel that only carries text (the engine's diagnostic stream, an error's message):
 * one JSON value per line, after a mark. Readers take the marked lines and leave every other line
 * to people.
 *
 * Invariant: `readDataLines(dataLine(mark, v), mark, accepts)` is `[v]` whenever `accepts(v)`.
 * JSON never spans lines (newlines inside strings are escaped), so one line holds one value.
 */

/** `value` as one line: the mark, a space, its JSON. */
export function dataLine(mark: string, value: object): string {
  return `${mark} ${JSON.stringify(value)}`;
}

/**
 * Every value `accepts` takes from the lines of `text` that carry `mark`, in order. A line may have
 * text before the mark (the engine's prefixes) or after the JSON object (a closing quote); a line
 * that does not parse is not data and is skipped.
 */
export function readDataLines<T>(text: string, mark: string, accepts: (value: unknown) => value is T): T[] {
  const values: T[] = [];
  const marker = `${mark} `;
  for (const line of text.split("\n")) {
    const at = line.indexOf(marker);
    if (at < 0) continue;
    const json = line.slice(at + marker.length, line.lastIndexOf("}") + 1);
    try {
      const value: unknown = JSON.parse(json);
      if (accepts(value)) values.push(value);
    } catch {
      // A truncated or foreign line: not data.
    }
  }
  return values;
}
