import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../../cli/pulumi/toolchain";
import { sandboxConnectionEnv, sandboxStackConfig, sandboxUrl } from "../../../cli/sandbox/services";

/** A plain `key: value` line of stacks/Pulumi.dev.yaml. */
function devStackSetting(key: string): string | undefined {
  const yaml = readFileSync(path.join(projectRoot, "stacks", "Pulumi.dev.yaml"), "utf8");
  return new RegExp(`^  ${key}: (\\S+)$`, "m").exec(yaml)?.[1];
}

describe("the sandbox ports: one source of truth", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("the dev stack's committed URLs are the sandboxes' default ports", () => {
    vi.stubEnv("BOWTIE_SALESFORCE_SANDBOX_PORT", "");
    vi.stubEnv("BOWTIE_HUBSPOT_SANDBOX_PORT", "");
    expect(devStackSetting("bowtie:salesforceLoginUrl")).toBe(sandboxUrl("salesforce"));
    expect(devStackSetting("bowtie:hubspotBasePath")).toBe(sandboxUrl("hubspot"));
  });

  it("moved ports reach the providers of the sandbox stacks, through the variables that win over stack config", () => {
    vi.stubEnv("BOWTIE_SALESFORCE_SANDBOX_PORT", "9710");
    vi.stubEnv("BOWTIE_HUBSPOT_SANDBOX_PORT", "9720");
    expect(sandboxConnectionEnv()).toEqual({ BOWTIE_SALESFORCE_LOGIN_URL: "http://127.0.0.1:9710", BOWTIE_HUBSPOT_BASE_PATH: "http://127.0.0.1:9720" });
    expect(sandboxStackConfig()["bowtie:salesforceLoginUrl"]).toEqual({ value: "http://127.0.0.1:9710" });
    expect(sandboxStackConfig()["bowtie:hubspotToken"]?.secret).toBe(true);
  });
});
