/** Injected faults answer in HubSpot's shapes: its error body, or for a 429 the rate-limit body of a policy. */
import type { Fault } from "../common/faults";
import { errorBody, type HubSpotReply } from "./http";
import { rateLimitBody, type RateLimitPolicy } from "./limits";

export interface HubSpotFault extends Fault {
  /** For a 429: which policy the body names. Defaults to TEN_SECONDLY_ROLLING. */
  policyName?: RateLimitPolicy;
  /** The body to answer instead of the default one. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The reply to a request a fault with a status answers. */
export function faultReply(fault: HubSpotFault & { status: number }): HubSpotReply {
  return { status: fault.status, body: faultBody(fault), headers: fault.headers };
}

function faultBody(fault: HubSpotFault & { status: number }): unknown {
  if (fault.body !== undefined) return fault.body;
  if (fault.status === 429) return rateLimitBody(fault.policyName ?? "TEN_SECONDLY_ROLLING");
  const category = fault.status === 401 ? "INVALID_AUTHENTICATION" : fault.status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
  return errorBody({ message: `Injected fault: HTTP ${fault.status}`, category });
}
