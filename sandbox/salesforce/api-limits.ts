/**
 * The daily API request limit: every REST and SOAP call with a live session counts; REST answers
 * carry `Sforce-Limit-Info`. Usage lives in the org, so processes sharing a state file share it.
 */
import type { StateContext } from "../common/sandbox";
import type { OrgState } from "./state";

export type ApiLimits = OrgState["limits"];

/** Counts one API call; false, counting nothing, when the daily limit is already spent. */
export function countApiCall(ctx: StateContext<OrgState>): boolean {
  const { limits } = ctx.state;
  if (limits.used >= limits.dailyApiRequests) return false;
  limits.used += 1;
  ctx.changed = true;
  return true;
}

export const limitHeader = (org: OrgState) => ({ "Sforce-Limit-Info": `api-usage=${org.limits.used}/${org.limits.dailyApiRequests}` });

/** Sets the daily limit and/or the requests used today. */
export function setApiLimits(org: OrgState, limits: Partial<ApiLimits>): ApiLimits {
  org.limits = { dailyApiRequests: limits.dailyApiRequests ?? org.limits.dailyApiRequests, used: limits.used ?? org.limits.used };
  return { ...org.limits };
}
