/** Automation v4 flow calls, through `client.apiRequest` (the client has no wrapper for them). */
import { isNotFound, request, type HubSpotSession } from "../client";
import type { FailureSite } from "../errors";

export type Flow = Record<string, any> & { id: string; revisionId: string; name: string };

interface FlowPage {
  results: Flow[];
  paging?: { next?: { after: string } };
}

/** Every flow's summary (id, name, objectTypeId, …), following the paging. */
export async function listFlows(session: HubSpotSession, site: FailureSite): Promise<Flow[]> {
  const flows: Flow[] = [];
  let after: string | undefined;
  do {
    const page = await request<FlowPage>(session, site, { method: "GET", path: "/automation/v4/flows", qs: { limit: "100", ...(after ? { after } : {}) } });
    flows.push(...page.results);
    after = page.paging?.next?.after;
  } while (after);
  return flows;
}

export async function tryGetFlow(session: HubSpotSession, site: FailureSite, flowId: string): Promise<Flow | undefined> {
  try {
    return await request<Flow>(session, site, { method: "GET", path: `/automation/v4/flows/${encodeURIComponent(flowId)}` });
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function createFlow(session: HubSpotSession, site: FailureSite, body: Record<string, unknown>): Promise<Flow> {
  return request<Flow>(session, site, { method: "POST", path: "/automation/v4/flows", body });
}

/** PUT carries the revisionId it replaces (see `flowUpdateBody`); HubSpot bumps it, or answers 409 when the flow has moved on. */
export function updateFlow(session: HubSpotSession, site: FailureSite, flowId: string, body: Record<string, unknown>): Promise<Flow> {
  return request<Flow>(session, site, { method: "PUT", path: `/automation/v4/flows/${encodeURIComponent(flowId)}`, body });
}

export async function deleteFlow(session: HubSpotSession, site: FailureSite, flowId: string): Promise<void> {
  try {
    await request<void>(session, site, { method: "DELETE", path: `/automation/v4/flows/${encodeURIComponent(flowId)}` });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
