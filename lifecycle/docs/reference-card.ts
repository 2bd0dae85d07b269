import type { Architecture } from "../schema";
import type { Table } from "./table";

/** The Stage Reference Card: stages, entry criteria, who owns each transition, SLA and exit. */
export function referenceTable(arch: Architecture): Table {
  const rows = arch.lifecycle.map((stage, i) => {
    const next = arch.lifecycle[i + 1];
    const transition = next === undefined ? "—" : `${stage.owner} → ${next.owner} (${next.label})`;
    return [
      [`${i + 1}. ${stage.label}${stage.golden ? " ★" : ""}`],
      stage.entryCriteria,
      [stage.owner],
      [stage.slaDays === undefined ? "—" : `${stage.slaDays} days`],
      stage.exitCriteria.length > 0 ? stage.exitCriteria : ["—"],
      [transition],
    ];
  });
  return { headers: ["Stage", "Entry criteria", "Owner", "SLA", "Exit criteria", "Transition owner"], rows };
}

/** One table per pipeline: stage, probability, entry criteria, owner. */
export function pipelineTables(arch: Architecture): { title: string; table: Table }[] {
  return Object.values(arch.pipelines).map((p) => ({
    title: `${p.label} pipeline`,
    table: {
      headers: ["Stage", "Probability", "Entry criteria", "Owner", "SLA"],
      rows: p.stages.map((s) => [
        [`${s.label}${s.outcome === "open" ? "" : ` (closed ${s.outcome})`}`],
        [s.probability === undefined ? "—" : `${Math.round(s.probability * 100)}%`],
        s.entryCriteria,
        [s.owner ?? "—"],
        [s.slaDays === undefined ? "—" : `${s.slaDays} days`],
      ]),
    },
  }));
}
