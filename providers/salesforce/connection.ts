import { createHash } from "node:crypto";
import type { Connection } from "jsforce";
import type { SalesforceSettings } from "../core/settings";
import { providerError, translateError } from "./errors";
import { signJwtAssertion } from "./jwt";

const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/** Secrets in the settings, for redaction. */
export function salesforceSecrets(settings: SalesforceSettings): string[] {
  return [settings.password, settings.clientSecret, settings.privateKey].filter((s): s is string => Boolean(s));
}

type OAuth2 = import("jsforce").OAuth2;
type TokenResponse = { access_token: string; instance_url: string };

/**
 * The token request for whatever the settings provide, in this order: JWT bearer (client id +
 * username + private key), password (username + password + connected app), client credentials
 * (client id + secret). Undefined when none is complete.
 */
function tokenRequest(settings: SalesforceSettings, oauth2: OAuth2): (() => Promise<TokenResponse>) | undefined {
  const { loginUrl, username, password, clientId, clientSecret, privateKey } = settings;
  if (clientId && username && privateKey) {
    return () => oauth2.requestToken({ grant_type: JWT_BEARER, assertion: signJwtAssertion({ clientId, username, audience: loginUrl, privateKey }) }) as Promise<TokenResponse>;
  }
  if (clientId && clientSecret && username && password) return () => oauth2.authenticate(username, password) as Promise<TokenResponse>;
  if (clientId && clientSecret) return () => oauth2.requestToken({ grant_type: "client_credentials" }) as Promise<TokenResponse>;
  return undefined;
}

/**
 * Logs in and returns a connection whose expired sessions are renewed by repeating the same grant
 * (jsforce's `refreshFn`). The API version is always set from the settings. Without a connected
 * app, username + password use the SOAP login.
 */
async function login(settings: SalesforceSettings, resource: string): Promise<Connection> {
  const jsforce = require("jsforce") as typeof import("jsforce");
  const { loginUrl, apiVersion: version, username, password, clientId, clientSecret } = settings;
  const where = { resource, secrets: salesforceSecrets(settings) };
  try {
    const oauth2 = new jsforce.OAuth2({ loginUrl, clientId, clientSecret });
    const request = tokenRequest(settings, oauth2);
    if (request) {
      const token = await request();
      return new jsforce.Connection({
        oauth2, version, instanceUrl: token.instance_url, accessToken: token.access_token,
        refreshFn: (_conn, callback) => void request().then((t) => callback(null, t.access_token, t as never), (error: Error) => callback(error)),
      });
    }
    if (username && password) {
      const conn = new jsforce.Connection({ loginUrl, version });
      await conn.login(username, password);
      return conn;
    }
    throw providerError("MISSING_CREDENTIALS", "No Salesforce credentials are configured.", where);
  } catch (error) {
    throw translateError(error, where);
  }
}

const connections = new Map<string, Promise<Connection>>();

function cacheKey(settings: SalesforceSettings): string {
  return createHash("sha256").update(JSON.stringify(settings)).digest("hex");
}

/** A logged-in connection for these settings, shared within the provider process. */
export function getConnection(settings: SalesforceSettings, resource: string): Promise<Connection> {
  const key = cacheKey(settings);
  let pending = connections.get(key);
  if (!pending) {
    pending = login(settings, resource);
    connections.set(key, pending);
    pending.catch(() => connections.delete(key));
  }
  return pending;
}

/** Forgets the cached connection (its session expired), so the next call logs in again. */
export function dropConnection(settings: SalesforceSettings): void {
  connections.delete(cacheKey(settings));
}
