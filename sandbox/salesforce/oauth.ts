import { createHmac, randomBytes, verify } from "node:crypto";
import type { OrgState } from "./state";

/** An OAuth2 token endpoint answer: the JSON body and its status. */
export interface TokenReply {
  status: number;
  body: Record<string, string>;
}

const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

const refuse = (error: string, description: string, status = 400): TokenReply => ({ status, body: { error, error_description: description } });

/** A session id shaped like Salesforce's (`<orgId>!<opaque>`): deliberately not a JWT, which jsforce refuses for SOAP. */
function newSessionToken(org: OrgState): string {
  return `${org.orgId.slice(0, 15)}!AQ${randomBytes(36).toString("base64url").replace(/[-_]/g, "x")}`;
}

function issue(org: OrgState, username: string, clientSecret: string, baseUrl: string): TokenReply {
  const token = newSessionToken(org);
  org.sessions[token] = { username, expiresAt: Date.now() + SESSION_TTL_MS };
  const id = `${baseUrl}/id/${org.orgId}/${org.userId}`;
  const issuedAt = String(Date.now());
  const signature = createHmac("sha256", clientSecret).update(id + issuedAt).digest("base64");
  return { status: 200, body: { access_token: token, instance_url: baseUrl, id, token_type: "Bearer", issued_at: issuedAt, signature, scope: "api" } };
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Verifies an RS256 assertion against the connected app named by `iss`; returns the app and user, or why not. */
function verifyAssertion(org: OrgState, assertion: string): { clientSecret: string; username: string } | TokenReply {
  const [header, payload, signature] = assertion.split(".");
  const head = header ? decodeSegment(header) : undefined;
  const claims = payload ? decodeSegment(payload) : undefined;
  if (!head || !claims || !signature || head.alg !== "RS256") return refuse("invalid_grant", "invalid assertion");
  const app = org.connectedApps.find((candidate) => candidate.clientId === claims.iss);
  if (!app) return refuse("invalid_client_id", "client identifier invalid");
  const valid = verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), app.publicKey, Buffer.from(signature, "base64url"));
  if (!valid) return refuse("invalid_grant", "invalid signature");
  if (typeof claims.exp !== "number" || claims.exp * 1000 < Date.now()) return refuse("invalid_grant", "expired authorization code");
  if (!org.users.some((user) => user.username === claims.sub)) return refuse("invalid_grant", "user hasn't approved this consumer");
  return { clientSecret: app.clientSecret, username: String(claims.sub) };
}

/**
 * `POST /services/oauth2/token` for the password, client_credentials and JWT bearer grants.
 * Errors use Salesforce's `{error, error_description}` body with status 400.
 */
export function handleToken(org: OrgState, params: URLSearchParams, baseUrl: string): TokenReply {
  const grant = params.get("grant_type");
  if (grant === JWT_BEARER) {
    const verified = verifyAssertion(org, params.get("assertion") ?? "");
    if ("status" in verified) return verified;
    return issue(org, verified.username, verified.clientSecret, baseUrl);
  }
  const app = org.connectedApps.find((candidate) => candidate.clientId === params.get("client_id"));
  if (!app) return refuse("invalid_client_id", "client identifier invalid");
  if (app.clientSecret !== params.get("client_secret")) return refuse("invalid_client", "invalid client credentials");
  if (grant === "client_credentials") return issue(org, app.runAs, app.clientSecret, baseUrl);
  if (grant === "password") {
    const user = org.users.find((candidate) => candidate.username === params.get("username"));
    if (!user || user.password !== params.get("password")) return refuse("invalid_grant", "authentication failure");
    return issue(org, user.username, app.clientSecret, baseUrl);
  }
  return refuse("unsupported_grant_type", "grant type not supported");
}

/** True when `token` is a live session of this org. */
export function isValidSession(org: OrgState, token: string | undefined): boolean {
  const session = token ? org.sessions[token] : undefined;
  return Boolean(session && session.expiresAt > Date.now());
}
