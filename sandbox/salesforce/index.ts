/**
 * The local Salesforce sandbox: an HTTP emulator of the OAuth2 token endpoint, the Metadata SOAP API
 * and the REST API that the real jsforce talks to unmodified. See docs/sandbox-salesforce.md.
 */
export { startSalesforceSandbox } from "./server";
export type { RequestLogEntry, SalesforceSandbox, SalesforceSandboxOptions } from "./server";
export type { FaultRule } from "./faults";
export type { Scenario } from "./seed";
export type { OrgState } from "./state";
export { salesforceSandboxCredentials } from "./credentials";
