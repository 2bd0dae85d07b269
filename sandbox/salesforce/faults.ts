/** Injected faults answer in the shape of the protocol they hit: a SOAP fault, an OAuth error, or a REST error list. */
import type { Fault } from "../common/faults";
import type { SandboxRequest, WireReply } from "../common/http";
import { soapFault } from "./soap";
import { json } from "./wire";

export interface SalesforceFault extends Fault {
  /** Error code in the answer; defaults by status (e.g. 500 → UNKNOWN_EXCEPTION, 503 → SERVER_UNAVAILABLE). */
  errorCode?: string;
  message?: string;
}

const DEFAULT_CODES: Record<number, string> = {
  400: "MALFORMED_REQUEST", 401: "INVALID_SESSION_ID", 403: "REQUEST_LIMIT_EXCEEDED", 404: "NOT_FOUND",
  429: "REQUEST_LIMIT_EXCEEDED", 500: "UNKNOWN_EXCEPTION", 502: "BAD_GATEWAY", 503: "SERVER_UNAVAILABLE",
};

/** The reply to a request a fault with a status answers. */
export function faultReply(fault: SalesforceFault & { status: number }, request: SandboxRequest): WireReply {
  const code = fault.errorCode ?? DEFAULT_CODES[fault.status] ?? "UNKNOWN_EXCEPTION";
  const message = fault.message ?? `Injected fault (${code})`;
  if (request.path.startsWith("/services/Soap/")) return soapFault(code, message, fault.status);
  if (request.path === "/services/oauth2/token") return json(fault.status, { error: code, error_description: message });
  return json(fault.status, [{ message, errorCode: code, fields: [] }]);
}
