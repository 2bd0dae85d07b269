/**
 * `POST /services/Soap/m/{version}`: the Metadata API's SOAP envelopes. The session comes from the
 * `SessionHeader`; every call with a live session counts against the daily limit; faults are
 * `sf:<code>` with HTTP 500, as Salesforce answers them.
 */
import type { WireReply } from "../common/http";
import { countApiCall } from "./api-limits";
import { invokeOperation, MetadataFault } from "./metadata/api";
import { isValidSession } from "./oauth";
import type { OrgState } from "./state";
import { xml, type SalesforceHandler } from "./wire";
import { parseSoapEnvelope, toXml, type XmlObject } from "./xml";

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"' +
  ' xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:sf="http://soap.sforce.com/2006/04/metadata"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

const envelope = (status: number, body: string) => xml(status, `${ENVELOPE_OPEN}<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`);

/** A SOAP fault (`sf:<code>`), with HTTP 500 unless an injected fault says otherwise. */
export function soapFault(code: string, message: string, status = 500): WireReply {
  return envelope(status, toXml("soapenv:Fault", { faultcode: `sf:${code}`, faultstring: `${code}: ${message}` }));
}

/** The session id carried in the SOAP header, if any. */
function sessionIdOf(envelope: XmlObject | undefined): string | undefined {
  const header = envelope?.Header as XmlObject | undefined;
  const session = header?.SessionHeader as XmlObject | undefined;
  return typeof session?.sessionId === "string" ? session.sessionId : undefined;
}

function invoke(org: OrgState, body: XmlObject | undefined): WireReply {
  const operation = body && Object.keys(body).find((key) => !key.startsWith("@"));
  if (!body || !operation) return soapFault("INVALID_OPERATION", "No operation found in the SOAP body");
  const raw = body[operation];
  try {
    const results = invokeOperation(org, operation, typeof raw === "object" && !Array.isArray(raw) ? raw : {});
    return envelope(200, toXml(`${operation}Response`, { result: results }));
  } catch (error) {
    if (error instanceof MetadataFault) return soapFault(error.code, error.message);
    throw error;
  }
}

export const metadataEndpoint: SalesforceHandler = (req, ctx) => {
  const soap = parseSoapEnvelope(req.text);
  if (!soap) return soapFault("INVALID_XML", "The request is not well-formed XML");
  const { body } = soap;
  const operation = body ? Object.keys(body)[0] : undefined;
  const call = operation ? (body?.[operation] as XmlObject | undefined) : undefined;
  const items = call?.metadata ?? call?.fullNames;
  const detail = { operation, components: items === undefined ? undefined : Array.isArray(items) ? items.length : 1 };
  if (!isValidSession(ctx.state, sessionIdOf(soap.envelope))) return { ...soapFault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session"), detail };
  if (!countApiCall(ctx)) return { ...soapFault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."), detail };
  return { ...invoke(ctx.state, body), detail };
};
