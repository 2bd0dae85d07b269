import type { Architecture } from "../schema";
import type { Table } from "./table";

const APPROVAL = "[ ] Yes / [ ] No";

const DOMAIN = { lead: "Lead", sales: "Sales", customer: "Customer" } as const;

/** Concepts every stakeholder signs off alongside the stages (from the seed's alignment terms). */
function conceptRows(arch: Architecture): string[][][] {
  const golden = arch.lifecycle.filter((s) => s.golden).map((s) => s.label);
  const statuses = arch.statuses.map((s) => s.label).join(", ");
  return [
    [["Golden Stages"], ["Concept"], [`${golden.join(", ")}: the most critical transition points in the lifecycle.`], [APPROVAL]],
    [["Entry Criteria"], ["Concept"], ["Objective benchmarks that determine when a record moves from one stage to the next."], [APPROVAL]],
    [["Contact Status"], ["Concept"], [`The current working state of a contact (${statuses}), distinct from lifecycle stage.`], [APPROVAL]],
    [["Lifecycle vs Status"], ["Concept"], ["Lifecycle = funnel position (where they are in the journey). Status = working state (what is happening now)."], [APPROVAL]],
  ];
}

/** The Definition Alignment Document: every term, its definition and an approval column. */
export function alignmentTable(arch: Architecture): Table {
  const stages = arch.lifecycle.map((s) => [[s.golden ? `${s.label} ★` : s.label], [`${DOMAIN[s.domain]} stage`], [s.definition], [APPROVAL]]);
  const statuses = arch.statuses.map((s) => [[s.label], [`Status${s.kind === "open" ? "" : ` (${s.kind})`}`], [s.definition], [APPROVAL]]);
  const pipelines = Object.values(arch.pipelines).map((p) => [[`${p.label} pipeline`], ["Pipeline"], [`${p.description ?? ""} Stages: ${p.stages.map((s) => s.label).join(" → ")}.`.trim()], [APPROVAL]]);
  const reasons = arch.dropOffReasons.length === 0 ? [] : [[["Drop-off Reasons"], ["Field"], [`Required when a lead is disqualified or a deal is lost: ${arch.dropOffReasons.map((r) => r.label).join(", ")}.`], [APPROVAL]]];
  return { headers: ["Term", "Type", "Our definition", "Internally approved?"], rows: [...stages, ...statuses, ...pipelines, ...reasons, ...conceptRows(arch)] };
}
