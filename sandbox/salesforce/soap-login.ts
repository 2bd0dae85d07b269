/**
 * `POST /services/Soap/u/{version}`: the SOAP API `login()` call (partner WSDL), which jsforce's
 * `conn.login(username, password)` uses without a connected app. Answers a `LoginResult` with
 * the session and server URLs, or the `INVALID_LOGIN` fault Salesforce gives for a wrong
 * username or password.
 */
import { openSession } from "./oauth";
import type { OrgState } from "./state";
import { xml, type SalesforceHandler } from "./wire";
import { parseSoapEnvelope, toXml, type XmlObject } from "./xml";

const envelope = (status: number, body: string) =>
  xml(status, `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`);

const fault = (code: string, message: string) => envelope(500, toXml("soapenv:Fault", { faultcode: `sf:${code}`, faultstring: `${code}: ${message}` }));

function loginResult(org: OrgState, username: string, baseUrl: string, version: string): Record<string, unknown> {
  const sessionId = openSession(org, username);
  return {
    metadataServerUrl: `${baseUrl}/services/Soap/m/${version}/${org.orgId}`,
    passwordExpired: false,
    sandbox: true,
    serverUrl: `${baseUrl}/services/Soap/u/${version}/${org.orgId}`,
    sessionId,
    userId: org.userId,
    userInfo: { organizationId: org.orgId, userId: org.userId, userName: username },
  };
}

export const soapLoginEndpoint: SalesforceHandler = (req, ctx) => {
  const soap = parseSoapEnvelope(req.text);
  if (!soap) return fault("INVALID_XML", "The request is not well-formed XML");
  const login = soap.body?.login as XmlObject | undefined;
  if (!login) return fault("INVALID_OPERATION", "Only login() is served on the SOAP API");
  const user = ctx.state.users.find((candidate) => candidate.username === login.username);
  if (!user || user.password !== login.password) return fault("INVALID_LOGIN", "Invalid username, password, security token; or user locked out.");
  ctx.changed = true;
  return envelope(200, toXml("loginResponse", { result: loginResult(ctx.state, user.username, req.baseUrl, String(req.params.version)) }));
};
