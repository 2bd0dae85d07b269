import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { valueSetHandler } from "../../../providers/salesforce/value-set/handler";
import { leadStatusSpec } from "./builders";
import { contextFor, passwordSettings } from "./harness";

/** Reads LeadStatus through the provider at `loginUrl`; the error it ends with (retries disabled by a non-transient code or exhausted). */
async function failureAt(loginUrl: string) {
  const error = await valueSetHandler.read("LeadStatus", leadStatusSpec(), contextFor(passwordSettings(loginUrl))).catch((e: unknown) => e);
  return error as { code: string; message: string; fix: string; cause?: string; transient: boolean };
}

describe("network failures get advice for what actually failed, and keep the CRM-side text as the cause", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("a login host that does not resolve (DNS) is not retried and says to correct the host", async () => {
    const error = await failureAt("https://bowtie-no-such-host.invalid");
    expect(error).toMatchObject({ code: "ENOTFOUND", transient: false });
    expect(error.message).toContain("does not resolve");
    expect(error.fix).toContain("Correct the host in bowtie:salesforceLoginUrl");
    expect(error.cause).toContain("getaddrinfo ENOTFOUND bowtie-no-such-host.invalid");
  });

  it("a refused connection names the port", async () => {
    const error = await failureAt("http://127.0.0.1:1");
    expect(error).toMatchObject({ code: "ECONNREFUSED", transient: true });
    expect(error.fix).toContain("Check the port");
    expect(error.cause).toContain("ECONNREFUSED 127.0.0.1:1");
  }, 60_000);

  it("a certificate Node does not trust is refused with the proxy advice, never 'disable verification'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bowtie-tls-"));
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1", "-subj", "/CN=127.0.0.1"], { stdio: "ignore" });
    server = createServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (_req, res) => res.end());
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const error = await failureAt(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
    expect(error).toMatchObject({ code: "DEPTH_ZERO_SELF_SIGNED_CERT", transient: false });
    expect(error.fix).toContain("NODE_EXTRA_CA_CERTS");
    expect(error.cause).toContain("self-signed certificate");
  });
});
