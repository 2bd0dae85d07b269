import type { Architecture } from "../schema";

const DOMAINS = [
  ["lead", "Lead (acquisition)"],
  ["sales", "Sales"],
  ["customer", "Customer (retention & growth)"],
] as const;

const quoteLabel = (text: string) => `"${text.replace(/"/g, "'")}"`;

/** A Mermaid flowchart of the bow tie: lifecycle by domain, then each pipeline. */
export function mermaidDiagram(arch: Architecture): string {
  const lines = ["flowchart LR"];
  for (const [domain, title] of DOMAINS) {
    const stages = arch.lifecycle.filter((s) => s.domain === domain);
    if (stages.length === 0) continue;
    lines.push(`  subgraph ${domain}[${quoteLabel(title)}]`);
    for (const s of stages) lines.push(`    ${s.key}${s.golden ? `{{${quoteLabel(`★ ${s.label}`)}}}` : `[${quoteLabel(s.label)}]`}`);
    lines.push("  end");
  }
  const path = arch.lifecycle.map((s) => s.key);
  for (let i = 1; i < path.length; i++) lines.push(`  ${path[i - 1]} --> ${path[i]}`);
  for (const [key, p] of Object.entries(arch.pipelines)) {
    lines.push(`  subgraph pipeline_${key}[${quoteLabel(`${p.label} pipeline`)}]`);
    lines.push("    direction LR");
    let lastOpen: string | undefined;
    for (const s of p.stages) {
      const id = `${key}__${s.key}`;
      lines.push(`    ${id}[${quoteLabel(s.probability === undefined ? s.label : `${s.label} · ${Math.round(s.probability * 100)}%`)}]`);
      // Closed stages all branch from the last open stage.
      if (lastOpen !== undefined) lines.push(`    ${lastOpen} --> ${id}`);
      if (s.outcome === "open") lastOpen = id;
    }
    lines.push("  end");
  }
  return lines.join("\n");
}
