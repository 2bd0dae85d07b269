/**
 * Options an authoring helper (`stage`, `status`, `openStage`, `field` …) did not recognise. The
 * helper keeps them on its output under a symbol (invisible to the schema), so validation reports
 * each one at its path with the closest known option, instead of the helper dropping it silently.
 */
import type { Problem } from "./problems";

const marker = Symbol.for("bowtie.unknownOptions");

interface UnknownOptions {
  keys: string[];
  known: readonly string[];
  /** What a key means in the schema → the helper's name for it (`entryCriteria` → `entry`). */
  aliases: Readonly<Record<string, string>>;
}

/** Marks `output` with the keys of `spec` that are not in `known`; returns `output`. */
export function keepUnknownOptions<T extends object>(output: T, spec: object, known: readonly string[], aliases: Readonly<Record<string, string>> = {}): T {
  const keys = Object.keys(spec).filter((key) => !known.includes(key));
  if (keys.length > 0) Object.defineProperty(output, marker, { value: { keys, known, aliases } satisfies UnknownOptions, enumerable: false });
  return output;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known option `key` was most likely meant as, if one is close enough. */
export function suggestOption(key: string, known: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  if (aliases[key] !== undefined) return aliases[key];
  const best = [...known].sort((a, b) => distance(key, a) - distance(key, b))[0];
  return best !== undefined && distance(key, best) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Every unknown option in `input`, walked like the schema walks it: one problem each, with its path. */
export function unknownOptionProblems(input: unknown, path: (string | number)[] = []): Problem[] {
  if (input === null || typeof input !== "object") return [];
  const problems: Problem[] = [];
  const marked = (input as { [marker]?: UnknownOptions })[marker];
  for (const key of marked?.keys ?? []) {
    const suggestion = suggestOption(key, marked!.known, marked!.aliases);
    const fix = suggestion === undefined ? `known options: ${marked!.known.join(", ")}` : `did you mean \`${suggestion}\`?`;
    problems.push({ code: "unknown_option", path: [...path, key], message: `unknown option \`${key}\`; ${fix}` });
  }
  for (const [key, value] of Object.entries(input)) problems.push(...unknownOptionProblems(value, [...path, Array.isArray(input) ? Number(key) : key]));
  return problems;
}
