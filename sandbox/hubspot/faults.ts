/**
 * Injected faults answer in HubSpot's shapes: its error body; for a 429 the rate-limit body of a
 * policy; for a 207 on a batch endpoint, the batch reply in which every input failed (nothing is
 * changed), with the fault's `message` as each failure's reason.
 */
import type { Fault } from "../common/faults";
import type { SandboxRequest } from "../common/http";
import { batchReply, errorBody, now, type HubSpotReply } from "./http";
import { rateLimitBody, type RateLimitPolicy } from "./limits";

export interface HubSpotFault extends Fault {
  /** For a 429: which policy the body names. Defaults to TEN_SECONDLY_ROLLING. */
  policyName?: RateLimitPolicy;
  /** For a 207: why each input failed (default: a validation error). */
  message?: string;
  /** The body to answer instead of the default one. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The reply to a request a fault with a status answers. */
export function faultReply(fault: HubSpotFault & { status: number }, request: SandboxRequest): HubSpotReply {
  if (fault.body === undefined && fault.status === 207) return { ...failedBatch(fault, request), headers: fault.headers };
  return { status: fault.status, body: faultBody(fault), headers: fault.headers };
}

function faultBody(fault: HubSpotFault & { status: number }): unknown {
  if (fault.body !== undefined) return fault.body;
  if (fault.status === 429) return rateLimitBody(fault.policyName ?? "TEN_SECONDLY_ROLLING");
  const category = fault.status === 401 ? "INVALID_AUTHENTICATION" : fault.status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
  return errorBody({ message: fault.message ?? `Injected fault: HTTP ${fault.status}`, category });
}

/** A 207 in which every input of the batch failed. */
function failedBatch(fault: HubSpotFault, request: SandboxRequest): HubSpotReply {
  let ids: string[] = [];
  try {
    ids = (JSON.parse(request.text)?.inputs ?? []).map((input: { id?: unknown }) => String(input.id));
  } catch {
    // Not a batch body: a 207 naming no input.
  }
  const message = fault.message ?? "Injected fault: the update of these records was refused";
  return batchReply([], now(), ids.length > 0 ? [{ category: "VALIDATION_ERROR", message, ids }] : []);
}
