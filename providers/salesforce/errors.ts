import { BowtieProviderError, redactSecrets } from "../core/errors";

/** How Bowtie treats one Salesforce error code: whether a retry may help, and what the user should do. */
interface ErrorRule {
  transient: boolean;
  /** Replaces Salesforce's text when it is unhelpful on its own. */
  message?: string;
  fix: string;
}

const serverBusy: ErrorRule = { transient: true, fix: "Salesforce had a transient failure; Bowtie retried with backoff. Run the command again if it persists." };
const network: ErrorRule = { transient: true, message: "The connection to Salesforce failed.", fix: "Check bowtie:salesforceLoginUrl and that the org (or the local sandbox) is reachable." };
const refused: ErrorRule = { transient: true, message: "Nothing accepted the connection at the Salesforce login URL (connection refused).", fix: "Check the port in bowtie:salesforceLoginUrl; for the local sandbox, start it (`bin/bowtie sandbox start`) or use the port it printed." };
const unknownHost: ErrorRule = { transient: false, message: "The Salesforce login host does not resolve (DNS lookup failed).", fix: "Correct the host in bowtie:salesforceLoginUrl (e.g. https://login.salesforce.com, https://test.salesforce.com or https://<domain>.my.salesforce.com) and check the network's DNS." };
const dnsBusy: ErrorRule = { transient: true, message: "The DNS lookup of the Salesforce host failed temporarily (EAI_AGAIN).", fix: "Check the network connection and DNS; Bowtie retried with backoff." };
const certificate: ErrorRule = {
  transient: false,
  message: "The TLS certificate of the Salesforce host was not accepted.",
  fix: "Check that bowtie:salesforceLoginUrl names the org's own host (https://<domain>.my.salesforce.com). Behind a TLS-inspecting proxy, give Node its CA with NODE_EXTRA_CA_CERTS=<file.pem>; never disable verification.",
};

/**
 * The one table that turns Salesforce error codes (REST `errorCode`, SOAP `faultcode` without `sf:`,
 * SaveResult `statusCode`, OAuth `error`, HTTP status as `ERROR_HTTP_<n>`, socket errors) into
 * Bowtie's classification. Never keyed by message text.
 */
const rules: Record<string, ErrorRule> = {
  invalid_grant: { transient: false, message: "Salesforce refused the login (invalid_grant).", fix: "Check bowtie:salesforceUsername and bowtie:salesforcePassword (append the security token if the org requires one), or the JWT subject and key." },
  INVALID_LOGIN: { transient: false, message: "Salesforce refused the SOAP login (INVALID_LOGIN).", fix: "Check bowtie:salesforceUsername and bowtie:salesforcePassword; outside the org's trusted IP ranges, append the security token to the password." },
  invalid_client_id: { transient: false, message: "Salesforce does not know this connected app (invalid_client_id).", fix: "Check bowtie:salesforceClientId." },
  invalid_client: { transient: false, message: "Salesforce refused the connected app credentials (invalid_client).", fix: "Check bowtie:salesforceClientSecret." },
  unsupported_grant_type: { transient: false, fix: "Enable the OAuth flow (password, client credentials or JWT bearer) on the connected app." },
  MISSING_CREDENTIALS: { transient: false, fix: "Set bowtie:salesforceUsername + bowtie:salesforcePassword, or bowtie:salesforceClientId + bowtie:salesforceClientSecret, or bowtie:salesforceClientId + bowtie:salesforceUsername + bowtie:salesforcePrivateKey (stack config or BOWTIE_SALESFORCE_* environment variables)." },
  INVALID_SESSION_ID: { transient: true, fix: "The session expired; Bowtie logs in again. Check the credentials if it persists." },
  REQUEST_LIMIT_EXCEEDED: { transient: false, message: "The org's API request limit is exhausted (REQUEST_LIMIT_EXCEEDED).", fix: "Wait for the rolling 24-hour window to free requests, or raise the org's API limit, then run again." },
  UNKNOWN_EXCEPTION: serverBusy,
  SERVER_UNAVAILABLE: serverBusy,
  REQUEST_RUNNING_TOO_LONG: serverBusy,
  UNABLE_TO_LOCK_ROW: serverBusy,
  ERROR_HTTP_429: serverBusy,
  ERROR_HTTP_500: serverBusy,
  ERROR_HTTP_502: serverBusy,
  ERROR_HTTP_503: serverBusy,
  ERROR_HTTP_504: serverBusy,
  BAD_GATEWAY: serverBusy,
  ECONNRESET: network,
  ECONNREFUSED: refused,
  ETIMEDOUT: network,
  EPIPE: network,
  ENOTFOUND: unknownHost,
  EAI_AGAIN: dnsBusy,
  DEPTH_ZERO_SELF_SIGNED_CERT: certificate,
  SELF_SIGNED_CERT_IN_CHAIN: certificate,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: certificate,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: certificate,
  CERT_HAS_EXPIRED: certificate,
  ERR_TLS_CERT_ALTNAME_INVALID: certificate,
  EXCEEDED_ID_LIMIT: { transient: false, fix: "A Metadata call carried more than 10 components; this is a Bowtie bug, please report it." },
  INVALID_TYPE: { transient: false, fix: "The metadata or sObject type is not available in this org; check the API version (bowtie:salesforceApiVersion) and the org's features." },
  INVALID_FIELD: { transient: false, fix: "Create the field in the org (or add it to the architecture) before referencing it." },
  INVALID_CROSS_REFERENCE_KEY: { transient: false, fix: "A referenced component does not exist; apply the resource it depends on first." },
  FIELD_INTEGRITY_EXCEPTION: { transient: false, fix: "Correct the value in the architecture so Salesforce accepts it (see the message)." },
  DUPLICATE_DEVELOPER_NAME: { transient: false, fix: "Another component already has this API name; rename it in the architecture or import the existing one." },
  DUPLICATE_VALUE: { transient: false, fix: "Remove the duplicate value from the architecture." },
  REQUIRED_FIELD_MISSING: { transient: false, fix: "Fill in the required property in the architecture." },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: { transient: false, fix: "Use an active value of the picklist, or add the value to the architecture first." },
  INVALID_FULL_NAME: { transient: false, fix: "Use a valid API name: letters, digits and single underscores, starting with a letter." },
  DELETE_FAILED: { transient: false, fix: "Deactivate the component (or remove what uses it) before deleting it." },
  INVALID_OPERATION: { transient: false, fix: "Salesforce does not allow this operation on this component." },
  MALFORMED_QUERY: { transient: false, fix: "This is a Bowtie bug in a generated SOQL query, please report it." },
};

const unknownRule: ErrorRule = { transient: false, fix: "See the Salesforce message; correct the architecture or the org, then run again." };

/**
 * The Salesforce error code carried by a jsforce/OAuth/socket error, without the SOAP `sf:` prefix.
 * jsforce's SOAP login throws a bare Error whose text is the fault string, which Salesforce always
 * starts with the fault code (`INVALID_LOGIN: …`): that leading code is used, never the words.
 */
export function errorCodeOf(error: unknown): string {
  const e = (error ?? {}) as { errorCode?: unknown; name?: unknown; code?: unknown; message?: unknown };
  const faultCode = typeof e.message === "string" ? /^([A-Z][A-Z_]+): /.exec(e.message)?.[1] : undefined;
  const raw = [e.errorCode, e.code, faultCode, e.name].find((value): value is string => typeof value === "string" && value !== "Error" && value !== "");
  return (raw ?? "UNKNOWN").replace(/^[a-z]+:/i, (prefix) => (prefix === "sf:" ? "" : prefix));
}

export interface ErrorContext {
  resource: string;
  field?: string;
  /** Secrets to redact from any text that reaches the message. */
  secrets: string[];
}

/** Builds the BowtieProviderError for a code, e.g. from a SaveResult entry. */
export function providerError(code: string, message: string, where: ErrorContext, retryAfterMs?: number): BowtieProviderError {
  const rule = rules[code] ?? unknownRule;
  return new BowtieProviderError({
    resource: where.resource,
    field: where.field,
    code,
    message: rule.message ?? redactSecrets(message, where.secrets),
    ...(rule.message ? { cause: redactSecrets(message, where.secrets) } : {}),
    fix: rule.fix,
    transient: rule.transient,
    retryAfterMs,
  });
}

/** Turns anything jsforce throws into a BowtieProviderError naming the resource and the fix. */
export function translateError(error: unknown, where: ErrorContext): BowtieProviderError {
  if (error instanceof BowtieProviderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return providerError(errorCodeOf(error), message.split("\n")[0] ?? message, where);
}
