/** A document table as data, rendered to Markdown or HTML by the functions below. */
export interface Table {
  headers: string[];
  /** Each cell is a list of lines (criteria lists render as one line each). */
  rows: string[][][];
}

function mdCell(lines: string[]): string {
  return lines.map((l) => l.replace(/\|/g, "\\|")).join("<br>");
}

export function tableToMarkdown(table: Table): string {
  const head = `| ${table.headers.join(" | ")} |`;
  const rule = `| ${table.headers.map(() => "---").join(" | ")} |`;
  return [head, rule, ...table.rows.map((row) => `| ${row.map(mdCell).join(" | ")} |`)].join("\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function tableToHtml(table: Table): string {
  const head = `<tr>${table.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const cell = (lines: string[]) => (lines.length > 1 ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : escapeHtml(lines[0] ?? ""));
  const rows = table.rows.map((row) => `<tr>${row.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}
