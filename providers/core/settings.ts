/**
 * Connection settings, read at run time inside the provider process: from the stack config passed
 * to the dynamic provider's `configure`, then from the environment. They live only in this module's
 * memory: never in a serialized provider, never in state, never in a log line.
 */
export interface SalesforceSettings {
  loginUrl: string;
  apiVersion: string;
  username?: string;
  password?: string;
  clientId?: string;
  clientSecret?: string;
  /** PEM private key for the JWT bearer flow. */
  privateKey?: string;
}

export interface HubSpotSettings {
  basePath: string;
  token?: string;
}

export interface ConnectionSettings {
  salesforce: SalesforceSettings;
  hubspot: HubSpotSettings;
}

/** Stack config keys (namespace `bowtie`) and the environment variables that override them. */
export const settingKeys = {
  salesforceLoginUrl: "BOWTIE_SALESFORCE_LOGIN_URL",
  salesforceApiVersion: "BOWTIE_SALESFORCE_API_VERSION",
  salesforceUsername: "BOWTIE_SALESFORCE_USERNAME",
  salesforcePassword: "BOWTIE_SALESFORCE_PASSWORD",
  salesforceClientId: "BOWTIE_SALESFORCE_CLIENT_ID",
  salesforceClientSecret: "BOWTIE_SALESFORCE_CLIENT_SECRET",
  salesforcePrivateKey: "BOWTIE_SALESFORCE_PRIVATE_KEY",
  hubspotBasePath: "BOWTIE_HUBSPOT_BASE_PATH",
  hubspotToken: "BOWTIE_HUBSPOT_TOKEN",
} as const;

export type SettingKey = keyof typeof settingKeys;

export const DEFAULT_SALESFORCE_API_VERSION = "62.0";

let configured: Partial<Record<SettingKey, string>> = {};

/** Called from the dynamic provider's `configure` with the stack config values. */
export function setConfiguredSettings(values: Partial<Record<SettingKey, string>>): void {
  configured = { ...values };
}

/** Resolves the current settings: environment first, then stack config, then defaults. */
export function currentSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const get = (key: SettingKey) => env[settingKeys[key]] || configured[key] || undefined;
  return {
    salesforce: {
      loginUrl: get("salesforceLoginUrl") ?? "https://login.salesforce.com",
      apiVersion: get("salesforceApiVersion") ?? DEFAULT_SALESFORCE_API_VERSION,
      username: get("salesforceUsername"),
      password: get("salesforcePassword"),
      clientId: get("salesforceClientId"),
      clientSecret: get("salesforceClientSecret"),
      privateKey: get("salesforcePrivateKey"),
    },
    hubspot: {
      basePath: get("hubspotBasePath") ?? "https://api.hubapi.com",
      token: get("hubspotToken"),
    },
  };
}

/** Every secret currently known, for redaction of error text. */
export function knownSecrets(settings: ConnectionSettings): string[] {
  const { salesforce: sf, hubspot: hs } = settings;
  return [sf.password, sf.clientSecret, sf.privateKey, hs.token].filter((s): s is string => Boolean(s));
}
