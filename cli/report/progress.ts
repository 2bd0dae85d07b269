/**
 * Progress while the engine runs: a line per CRM resource as soon as the engine reports its step
 * done (or failed), saying what was done and how long the step took. Plain lines, the same on a
 * terminal and in a CI log (no cursor movement); the commands write them to stderr, so stdout
 * keeps only the report.
 */
import type { EngineEvent } from "@pulumi/pulumi/automation";

const doneWords: Record<string, string> = {
  create: "created",
  "create-replacement": "created (replacement)",
  update: "updated",
  delete: "deleted",
  "delete-replaced": "deleted (replaced)",
  replace: "replaced",
  refresh: "read",
  read: "read",
  same: "unchanged",
  import: "imported",
};

const previewWords: Record<string, string> = { create: "to create", update: "to update", delete: "to delete", replace: "to replace", same: "unchanged", refresh: "read" };

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);
const isCrmResource = (type: string) => type.startsWith("pulumi-nodejs:dynamic/");

/** A progress listener for one operation (`preview` plans, anything else applies); `write` gets whole lines. */
export function progressReporter(operation: "preview" | "apply", write: (line: string) => void, now: () => number = Date.now): (event: EngineEvent) => void {
  const started = new Map<string, number>();
  const seconds = (urn: string) => ((now() - (started.get(urn) ?? now())) / 1000).toFixed(1);
  return (event) => {
    const pre = event.resourcePreEvent?.metadata;
    if (pre && isCrmResource(pre.type)) started.set(`${pre.op} ${pre.urn}`, now());
    const out = event.resOutputsEvent?.metadata;
    if (out && isCrmResource(out.type)) {
      const words = operation === "preview" ? previewWords : doneWords;
      write(`  ${nameOf(out.urn)}: ${words[out.op] ?? out.op} (${seconds(`${out.op} ${out.urn}`)} s)`);
    }
    const failed = event.resOpFailedEvent?.metadata;
    if (failed && isCrmResource(failed.type)) write(`  ${nameOf(failed.urn)}: failed (${seconds(`${failed.op} ${failed.urn}`)} s)`);
  };
}

/** The CRM resources whose step completed in the engine: what an interrupted `up` wrote. */
export function completedResources(events: readonly EngineEvent[]): Set<string> {
  const done = new Set<string>();
  for (const event of events) {
    const m = event.resOutputsEvent?.metadata;
    if (m && isCrmResource(m.type) && m.op !== "same" && m.op !== "refresh" && m.op !== "read") done.add(nameOf(m.urn));
  }
  return done;
}
