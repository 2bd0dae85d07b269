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

/**
 * Logs in with whatever the settings provide, in this order: JWT bearer (client id + username +
 * private key), password (username + password, through the connected app when a client id is set),
 * client credentials (client id + secret). The API version is always set from the settings.
 */
async function login(settings: SalesforceSettings, resource: string): Promise<Connection> {
  const jsforce = require("jsforce") as typeof import("jsforce");
  const { loginUrl, apiVersion, username, password, clientId, clientSecret, privateKey } = settings;
  const oauth2 = clientId ? { loginUrl, clientId, clientSecret } : undefined;
  const conn = new jsforce.Connection({ loginUrl, version: apiVersion, oauth2 });
  const where = { resource, secrets: salesforceSecrets(settings) };
  try {
    if (clientId && username && privateKey) {
      const assertion = signJwtAssertion({ clientId, username, audience: loginUrl, privateKey });
      await conn.authorize({ grant_type: JWT_BEARER, assertion });
    } else if (username && password) {
      await conn.login(username, password);
    } else if (clientId && clientSecret) {
      await conn.authorize({ grant_type: "client_credentials" });
    } else {
      throw providerError("MISSING_CREDENTIALS", "No Salesforce credentials are configured.", where);
    }
  } catch (error) {
    throw translateError(error, where);
  }
  return conn;
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
