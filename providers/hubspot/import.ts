/**
 * Reads what `bowtie import` needs from a HubSpot portal, with the same API functions the
 * handlers' `read` uses (so the snapshot is exactly what a refresh would see). Reads only.
 */
import type { HubSpotPropertySnapshot, HubSpotSnapshot } from "../../lifecycle/import/snapshot";
import type { HandlerContext } from "../core/kind";
import { openSession, type HubSpotSession } from "./client";
import { listPipelines } from "./pipeline/api";
import { tryGetProperty } from "./property-options/api";
import { listFlows } from "./workflow/api";

const SITE = { resource: "bowtie import (HubSpot portal)" };

async function property(session: HubSpotSession, objectType: string, name: string): Promise<HubSpotPropertySnapshot | undefined> {
  const live = await tryGetProperty(session, SITE, objectType, name);
  return live && { label: live.label, description: live.description, groupName: live.groupName, options: live.options };
}

async function properties<O extends string>(session: HubSpotSession, objectTypes: readonly O[], name: string): Promise<Partial<Record<O, HubSpotPropertySnapshot>>> {
  const out: Partial<Record<O, HubSpotPropertySnapshot>> = {};
  for (const objectType of objectTypes) {
    const live = await property(session, objectType, name);
    if (live) out[objectType] = live;
  }
  return out;
}

/** Everything the HubSpot import covers, as the portal has it now. */
export async function readHubSpotSnapshot(ctx: HandlerContext): Promise<HubSpotSnapshot> {
  const session = openSession(ctx, SITE);
  const flows = await listFlows(session, SITE);
  return {
    source: ctx.settings.hubspot.basePath,
    lifecycle: await properties(session, ["contacts", "companies"] as const, "lifecyclestage"),
    leadStatus: await property(session, "contacts", "hs_lead_status"),
    dropOff: await properties(session, ["contacts", "deals"] as const, "drop_off_reason"),
    pipelines: { deals: await listPipelines(session, SITE, "deals"), tickets: await listPipelines(session, SITE, "tickets") },
    workflows: flows.map((f) => ({ id: f.id, name: f.name, enabled: f.isEnabled !== false })),
  };
}
