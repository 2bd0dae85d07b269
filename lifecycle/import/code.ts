/**
 * A tiny TypeScript printer for generated modules: nodes are printed on one line when they fit,
 * otherwise objects pack their short properties onto lines and break the long ones out.
 */

export type Code =
  | { t: "raw"; code: string }
  | { t: "obj"; entries: Array<[string, Code]> }
  | { t: "arr"; items: Code[] }
  | { t: "call"; fn: string; args: Code[] };

const WIDTH = 120;

export const raw = (code: string): Code => ({ t: "raw", code });
export const str = (text: string): Code => raw(JSON.stringify(text));
export const arr = (items: Code[]): Code => ({ t: "arr", items });
export const call = (fn: string, ...args: Code[]): Code => ({ t: "call", fn, args });

/** An object from entries; undefined values are left out. */
export function obj(entries: Array<[string, Code | undefined]>): Code {
  return { t: "obj", entries: entries.filter((e): e is [string, Code] => e[1] !== undefined) };
}

/** Plain JSON data (strings, numbers, booleans, arrays, objects) as code. */
export function data(value: unknown): Code {
  if (Array.isArray(value)) return arr(value.map(data));
  if (value !== null && typeof value === "object") return obj(Object.entries(value).map(([k, v]) => [property(k), v === undefined ? undefined : data(v)]));
  return raw(JSON.stringify(value));
}

/** A property name, quoted only when it is not an identifier. */
export function property(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function inline(c: Code): string {
  switch (c.t) {
    case "raw":
      return c.code;
    case "arr":
      return `[${c.items.map(inline).join(", ")}]`;
    case "obj":
      return c.entries.length === 0 ? "{}" : `{ ${c.entries.map(([k, v]) => `${k}: ${inline(v)}`).join(", ")} }`;
    case "call":
      return `${c.fn}(${c.args.map(inline).join(", ")})`;
  }
}

/** Prints `c` starting at `column`, continuation lines indented by `indent` spaces. */
export function print(c: Code, indent = 0, column = indent): string {
  const flat = inline(c);
  if (column + flat.length <= WIDTH || c.t === "raw") return flat;
  const pad = " ".repeat(indent + 2);
  const end = " ".repeat(indent);
  switch (c.t) {
    case "arr":
      return `[\n${c.items.map((item) => `${pad}${print(item, indent + 2)},\n`).join("")}${end}]`;
    case "obj": {
      const lines: string[] = [];
      let line = "";
      for (const [key, value] of c.entries) {
        const text = `${key}: ${inline(value)},`;
        if (indent + 2 + text.length > WIDTH) {
          if (line) lines.push(line);
          line = "";
          lines.push(`${key}: ${print(value, indent + 2, indent + 4 + key.length)},`);
        } else if (line && indent + 3 + line.length + text.length > WIDTH) {
          lines.push(line);
          line = text;
        } else {
          line = line ? `${line} ${text}` : text;
        }
      }
      if (line) lines.push(line);
      return `{\n${lines.map((l) => pad + l).join("\n")}\n${end}}`;
    }
    case "call": {
      const head = `${c.fn}(${c.args.slice(0, -1).map((a) => `${inline(a)}, `).join("")}`;
      const last = c.args[c.args.length - 1];
      return last === undefined ? flat : `${head}${print(last, indent, column + head.length)})`;
    }
  }
}

/** A `/** … *\/` block: paragraphs and bullet lists wrapped at the printer's width. */
export function docComment(blocks: string[][]): string {
  const safe = (text: string) => text.replace(/\*\//g, "*\\/");
  const wrap = (text: string, first: string, rest: string) => {
    const out: string[] = [];
    let line = first;
    for (const word of safe(text).split(/\s+/).filter(Boolean)) {
      if (line.length + word.length + 1 > 100 && line.trim() !== first.trim()) {
        out.push(line);
        line = rest;
      }
      line += (line.endsWith(" ") ? "" : " ") + word;
    }
    out.push(line);
    return out;
  };
  const lines = blocks.map((block) => block.flatMap((text) => (text.startsWith("- ") ? wrap(text.slice(2), " * -", " *   ") : wrap(text, " *", " *"))));
  return ["/**", ...lines.flatMap((block, i) => (i === 0 ? block : [" *", ...block])), " */"].join("\n");
}
