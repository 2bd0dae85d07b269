/**
 * A problem with an architecture as data; wording of the whole report is done by `renderProblems`.
 * `path` points at the offending item, e.g. `["pipelines", "renewal", "stages", 2, "probability"]`.
 */
export interface Problem {
  code: string;
  path: (string | number)[];
  message: string;
}

/** `["pipelines", "renewal", "stages", 2, "probability"]` → `pipelines.renewal.stages[2].probability`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(architecture)" : out;
}

/** One line per problem: `<file>: <path>: <message>`. */
export function renderProblems(problems: readonly Problem[], file?: string): string {
  const prefix = file === undefined ? "" : `${file}: `;
  return problems.map((p) => `${prefix}${formatPath(p.path)}: ${p.message}`).join("\n");
}
