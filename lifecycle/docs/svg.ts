import type { Architecture, Domain } from "../schema";
import { escapeHtml } from "./table";

const COLOURS: Record<Domain, string> = { lead: "#dbeafe", sales: "#fde68a", customer: "#bbf7d0" };
const WIDTH = 1120;
const MID = 150;

function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  // Break at spaces and after hyphens ("Pre-" / "Onboarding").
  for (const word of label.split(/ |(?<=-)/)) {
    const last = lines[lines.length - 1];
    const joined = last?.endsWith("-") ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines;
}

/**
 * The bow tie as an inline SVG (no script, no network): stages narrow towards the knot (the
 * last sales stage) and widen again through the customer stages.
 */
export function bowTieSvg(arch: Architecture): string {
  const stages = arch.lifecycle;
  const knot = Math.max(0, stages.map((s) => s.domain).lastIndexOf("sales"));
  const step = WIDTH / stages.length;
  const height = (i: number) => {
    const distance = i <= knot ? (knot - i) / Math.max(knot, 1) : (i - knot) / Math.max(stages.length - 1 - knot, 1);
    return 70 + 170 * distance;
  };
  const boxes = stages.map((s, i) => {
    const h = height(i);
    const x = i * step + 2;
    const text = wrap(s.label, 12)
      .map((line, j, all) => `<text x="${x + (step - 4) / 2}" y="${MID + (j - (all.length - 1) / 2) * 13 + 4}" text-anchor="middle">${escapeHtml(line)}</text>`)
      .join("");
    const stroke = s.golden ? ' stroke="#b45309" stroke-width="3"' : ' stroke="#64748b"';
    return `<rect x="${x}" y="${MID - h / 2}" width="${step - 4}" height="${h}" rx="6" fill="${COLOURS[s.domain]}"${stroke}/>${text}`;
  });
  const legend = (["lead", "sales", "customer"] as const)
    .map((d, i) => `<rect x="${10 + i * 130}" y="282" width="14" height="14" fill="${COLOURS[d]}" stroke="#64748b"/><text x="${30 + i * 130}" y="294">${d}</text>`)
    .join("");
  const golden = `<rect x="400" y="282" width="14" height="14" fill="#fff" stroke="#b45309" stroke-width="3"/><text x="420" y="294">golden stage</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH + 4} 304" role="img" aria-label="Bow tie lifecycle diagram" font-family="system-ui, sans-serif" font-size="10">${boxes.join("")}${legend}${golden}</svg>`;
}
