import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import type { ResourceSpec } from "../../../specs";
import { dynamicProviderFor } from "../../../providers/dynamic-provider";
import { setConfiguredSettings } from "../../../providers/core/settings";
import { kinds } from "../../../providers/kinds";

const secrets = { hubspotToken: "pat-na1-serialize-test-token", salesforcePassword: "serialize-test-password" };

describe("the serialized provider stored in state", () => {
  for (const kind of Object.keys(kinds) as ResourceSpec["kind"][]) {
    it(`${kind}: is small and carries no credential`, async () => {
      process.env.BOWTIE_HUBSPOT_TOKEN = secrets.hubspotToken;
      setConfiguredSettings({ salesforcePassword: secrets.salesforcePassword });
      const provider = dynamicProviderFor(kind);
      // The same call the SDK makes for a dynamic resource's `__provider` input.
      const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
      expect(text.length).toBeLessThan(6_000);
      expect(text).toContain(JSON.stringify(kind));
      for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/jsforce|hubspot\/api-client|zod/);
      delete process.env.BOWTIE_HUBSPOT_TOKEN;
    });
  }
});
