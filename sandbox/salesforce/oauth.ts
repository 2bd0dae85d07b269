import { createHmac, randomBytes, verify } from "node:crypto";
import type { OrgState } from "./state";
import { json, type SalesforceHandler } from "./wire";

/** An OAuth2 token endpoint answer: the JSON body and its status. */
interface TokenReply {
  status: number;
  body: Record<string, string>;
}

const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

const refuse = (error: string, description: string, status = 400): TokenReply => ({ status, body: { error, error_description: description } });

/** A session id shaped like Salesforce's (`<orgId>!<opaque>`): deliberately not a JWT, which jsforce refuses for SOAP. */
function newSessionToken(org: OrgState): string {
  return `${org.orgId.slice(0, 15)}!AQ${randomBytes(36).toString("base64url").replace(/[-_]/g, "x")}`;
}

/** Opens a two-hour session for `username`: the token every API then accepts. */
export function openSession(org: OrgState, username: string): string {
  const token = newSessionToken(org);
  org.sessions[token] = { username, expiresAt: Date.now() + SESSION_TTL_MS };
  return token;
}

function issue(org: OrgState, username: string, clientSecret: string, baseUrl: string): TokenReply {
  const token = openSession(org, username);
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
function verifyAssertion(org: OrgState, assertion: string): Granted | TokenReply {
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

type Granted = { username: string; clientSecret: string };
/** Who a grant logs in, or the refusal. */
type Grant = (org: OrgState, params: URLSearchParams) => Granted | TokenReply;
type ConnectedApp = OrgState["connectedApps"][number];

/** A grant whose connected app authenticates with its client id and secret first. */
const clientGrant = (grant: (org: OrgState, params: URLSearchParams, app: ConnectedApp) => Granted | TokenReply): Grant => (org, params) => {
  const app = org.connectedApps.find((candidate) => candidate.clientId === params.get("client_id"));
  if (!app) return refuse("invalid_client_id", "client identifier invalid");
  if (app.clientSecret !== params.get("client_secret")) return refuse("invalid_client", "invalid client credentials");
  return grant(org, params, app);
};

/** The grant types of the token endpoint, by `grant_type`. */
const grants: Record<string, Grant> = {
  [JWT_BEARER]: (org, params) => verifyAssertion(org, params.get("assertion") ?? ""),
  client_credentials: clientGrant((_org, _params, app) => ({ username: app.runAs, clientSecret: app.clientSecret })),
  password: clientGrant((org, params, app) => {
    const user = org.users.find((candidate) => candidate.username === params.get("username"));
    if (!user || user.password !== params.get("password")) return refuse("invalid_grant", "authentication failure");
    return { username: user.username, clientSecret: app.clientSecret };
  }),
};

const unsupportedGrant = clientGrant(() => refuse("unsupported_grant_type", "grant type not supported"));

/**
 * `POST /services/oauth2/token` for the password, client_credentials and JWT bearer grants.
 * Errors use Salesforce's `{error, error_description}` body with status 400. A successful login
 * also drops the sessions that have expired.
 */
export const tokenEndpoint: SalesforceHandler = (req, ctx) => {
  const org = ctx.state;
  const params = new URLSearchParams(req.text);
  const name = params.get("grant_type") ?? "";
  const granted = (Object.hasOwn(grants, name) ? grants[name]! : unsupportedGrant)(org, params);
  const reply = "status" in granted ? granted : issue(org, granted.username, granted.clientSecret, req.baseUrl);
  if (reply.status === 200) {
    for (const [token, session] of Object.entries(org.sessions)) if (session.expiresAt < Date.now()) delete org.sessions[token];
    ctx.changed = true;
  }
  return json(reply.status, reply.body);
};

/** True when `token` is a live session of this org. */
export function isValidSession(org: OrgState, token: string | undefined): boolean {
  const session = token ? org.sessions[token] : undefined;
  return Boolean(session && session.expiresAt > Date.now());
}

/** Invalidates every session: clients must log in again. */
export function expireSessions(org: OrgState): void {
  org.sessions = {};
}
