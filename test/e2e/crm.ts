/**
 * What the CRM e2e tests share: the real stack program, stack config pointing at the in-process
 * sandboxes (secrets as secret config), and admin handles for changes made outside Pulumi.
 */
import * as path from "node:path";
import type { HubSpotAdmin, SalesforceAdmin } from "../../cli/demo/admin-changes";
import { projectRoot } from "../../cli/pulumi/toolchain";
import { hubspotSandboxToken, type HubSpotSandbox } from "../../sandbox/hubspot";
import { salesforceSandboxCredentials as sfCreds, type SalesforceSandbox } from "../../sandbox/salesforce";
import type { E2EConfig, StepChange } from "./harness";

/** The real Pulumi program of the project. */
export const stackProgram = path.join(projectRoot, "stacks", "index.ts");

/** `bowtie:architecture` for a fixture module under test/e2e/fixtures (the program resolves it from the repository root). */
export const fixtureArchitecture = (file: string) => path.relative(projectRoot, path.join(__dirname, "fixtures", file));

export const salesforceConfig = (sandbox: SalesforceSandbox): E2EConfig => ({
  "bowtie:salesforceLoginUrl": sandbox.url,
  "bowtie:salesforceUsername": sfCreds.username,
  "bowtie:salesforcePassword": { secret: sfCreds.password },
  "bowtie:salesforceClientId": sfCreds.clientId,
  "bowtie:salesforceClientSecret": { secret: sfCreds.clientSecret },
});

export const hubspotConfig = (sandbox: HubSpotSandbox): E2EConfig => ({
  "bowtie:hubspotBasePath": sandbox.url,
  "bowtie:hubspotToken": { secret: sandbox.token },
});

export const targetsConfig = (...targets: Array<"salesforce" | "hubspot">): E2EConfig => ({ "bowtie:targets": JSON.stringify(targets) });

export const salesforceAdmin = (sandbox: SalesforceSandbox): SalesforceAdmin => ({
  loginUrl: sandbox.url,
  username: sfCreds.username,
  password: sfCreds.password,
  clientId: sfCreds.clientId,
  clientSecret: sfCreds.clientSecret,
});

export const hubspotAdmin = (sandbox: HubSpotSandbox): HubSpotAdmin => ({ basePath: sandbox.url, token: hubspotSandboxToken });

/** The resource name (the compiled spec's `name`) at the end of a URN. */
export const resourceName = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** Each change as `op name [changed properties]`, sorted: one readable line per resource. */
export function summarize(changes: readonly StepChange[]): string[] {
  return changes.map((c) => `${c.op} ${resourceName(c.urn)}${c.diffs.length > 0 ? ` [${c.diffs.join(", ")}]` : ""}`).sort();
}
