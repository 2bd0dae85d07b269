/**
 * One import: read the live CRM, convert, check the round trip against the same CRM, and render.
 * Nothing here writes to the CRM.
 */
import { compile } from "../../lifecycle/compile";
import { importHubSpot, importSalesforce } from "../../lifecycle/import";
import type { ImportNote, ImportResult } from "../../lifecycle/import/snapshot";
import type { ResourceSpec, Target } from "../../specs";
import { renderProblems } from "../../lifecycle/problems";
import { validateArchitecture } from "../../lifecycle/validate";
import type { HandlerContext } from "../../providers/core/kind";
import { readHubSpotSnapshot } from "../../providers/hubspot/import";
import { readSalesforceSnapshot } from "../../providers/salesforce/import";
import { checkAdoption, unchanged, type AdoptionCheck } from "./adopt";

export interface ImportRun {
  result: ImportResult;
  specs: ResourceSpec[];
  /** One per compiled spec: what previewing the imported architecture against the CRM would show. */
  checks: AdoptionCheck[];
}

async function read(crm: Target, ctx: HandlerContext, date: string): Promise<ImportResult> {
  return crm === "salesforce" ? importSalesforce(await readSalesforceSnapshot(ctx), { date }) : importHubSpot(await readHubSpotSnapshot(ctx), { date });
}

function checkNote(check: AdoptionCheck): ImportNote {
  const what = check.error !== undefined ? `the preview fails: ${check.error}` : !check.exists ? "there is nothing to adopt, so the preview creates it" : `the preview changes ${check.changed.join(", ")}`;
  return { kind: "difference", message: `Checked against the live CRM: ${check.spec.name}: ${what}.` };
}

/**
 * Reads `crm`, converts it, and compares every compiled spec with what it would adopt; resources
 * that would not be unchanged are added to the result's notes, so the header tells the truth.
 */
export async function runImport(crm: Target, ctx: HandlerContext, date: string): Promise<ImportRun> {
  const result = await read(crm, ctx, date);
  const valid = validateArchitecture(result.architecture);
  // The conversion must always produce a valid architecture; anything else is a bug in it.
  if (!valid.ok) throw new Error(`the imported architecture is invalid (a bug in bowtie import):\n${renderProblems(valid.problems)}`);
  const specs = compile(valid.architecture, crm);
  const checks = await checkAdoption(specs, ctx);
  const notes = checks.filter((c) => !unchanged(c)).map(checkNote);
  return { result: { ...result, notes: [...result.notes, ...notes] }, specs, checks };
}

