import { createSign } from "node:crypto";

/**
 * The signed assertion of the OAuth 2.0 JWT bearer flow: RS256, `iss` = connected app client id,
 * `sub` = username, `aud` = login URL, valid for three minutes (Salesforce's maximum).
 */
export function signJwtAssertion(args: { clientId: string; username: string; audience: string; privateKey: string; now?: number }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const issuedAt = Math.floor((args.now ?? Date.now()) / 1000);
  const unsigned = `${encode({ alg: "RS256", typ: "JWT" })}.${encode({ iss: args.clientId, sub: args.username, aud: args.audience, exp: issuedAt + 180 })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(args.privateKey).toString("base64url");
  return `${unsigned}.${signature}`;
}
