/**
 * Demo credentials of the local Salesforce sandbox. They open nothing but the emulator on 127.0.0.1;
 * the RSA pair exists so the JWT bearer flow can be exercised end to end (the public half is
 * registered in every seeded org, the private half signs assertions in tests and the dev stack).
 */
export const demoPrivateKey = `-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA5J5JvGd+MwcPrpZiG1JiM0eHb7izItoXuDf1zCtdysR4+SRv
BhLOWH1ciEjH7N9OaKYDZiOHz22Ej60X3hddM28ZuJ3/c69UpaLyaVw/ibI/lPu2
gScPGAY3la3GWgfwul/wcMi2UesNbzygFVMlOj4dbuTgi0GejwcBgb3ZF1kj5lEb
ks51d54dmwKr69Ybutto8silp46lWSkdK32NSuamgh2l2bF6l42gibhkiHWGcqVy
8unHL0rCU2VWVaNRzQu9IzLfcBSVuR8rY7Q+Fv+TjKnteHidCERYrZdbzcluKmgL
Ew5PxqeM/hIxDMnS/FSjYcIbMiLoiFB5OZR2JQIDAQABAoIBACkNzrZ1TEmMCVIk
AbqfzPAh9m2G2K5XxT4o2GwhVn6w0PuGgiRwUJs96dW0YiiEgj9THpWjKEKEy3ME
lZ5lijBQEWmgf8zNrbDv5cGrVeKbfoT5vbCMK8734NfxZIbq2Z0SWOpb9LeZsugo
liO2Ml9245C0K6l+L2PGUYwzpC4nlgOtGryVJVm02EhyH206Bocn/gYtzMTCMncB
DEY0klS0A+WsRjO66NQWubgpageADEdOe0dazw5vElqN03qsNd4IDYYZl2qEM+Tf
G4xrXIwzJr51EtzbALj5Gdq6ui3BSgf+IPCz/v/cvXoG+znEKK1RcFJoIS1SehgS
nDaN4GkCgYEA/vodZI7c9qOoH6IJvDWIFx0hzvfsfeW0zyB3RBvDAk4G1wkUlHbY
9S9fQ+vzN8Vn9a2Jt3Zi9l+bwDvCLHka2nS27Gxwa3zg8MV5P1NGksBbf0xBYOeY
dAoAaWPWAXPyYxjeNfwaGFM74K/0TzWzQ29S5Xj16PHe8KDL4Xxloj0CgYEA5YkZ
sgIc/bVNSmYu2Osz1rmnoUYv9qZOuuEtuPL/OGSWlBFoeimYncqkiVpRc+UAZi/m
8UzgNaf3VwW2/X9JaQKjlHjvuDZnUGBXCzUvyh3u51Bfju7cPjPUUL47mqbbAyT7
T7IrpJ/ZsKDJwRYc9nDUTwNPQOAOYgMYf4vu6gkCgYEAlsmJOl+2UvGDynlEMpah
zbF/vesmY2nF3LwBbDjSwXktWFvZXNdQBOen+f3+jtviWArxp5qOec8ex7dPZIeW
FtzxFK4oaZinWhweURHJaZ3yPjz1aP5tTSphBfJxq9hK3snlF53oPLx0a7MC0xkZ
02Zxap13J/Rp+HnPOKEdZa0CgYEA1gi03CdaTz2bN8/2yTDxIr310M249d74NQy6
bOayFCy/uIxPBvL4q9KFAMsmftJAQAlU6RcNTxsz6YKbst/ZXUEntc/bgMPCLNHY
+Mt8p5Sn7CwnHwoedyYvSadJvxjtyo3WhecXCShBfpE/8HulQCvP3WmxokYLQ1ut
oWmju7kCgYAwxJpp2BQIEyzG3/kWNVkIoW79xIAngHAZwnt71hOk5dXFPknbjc3t
luLt0zKK6qJFgyYjIrfHs1xmRXOpfl8se4yMN9SEWm1sCDeC8JGFFLLs4s+7rO3q
C4qcSK6WQrfYZdUzjDNEtbBeF3sBMXOMEUFW66AvS1+WP78/mJRndw==
-----END RSA PRIVATE KEY-----`;

export const demoPublicKey = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5J5JvGd+MwcPrpZiG1Ji
M0eHb7izItoXuDf1zCtdysR4+SRvBhLOWH1ciEjH7N9OaKYDZiOHz22Ej60X3hdd
M28ZuJ3/c69UpaLyaVw/ibI/lPu2gScPGAY3la3GWgfwul/wcMi2UesNbzygFVMl
Oj4dbuTgi0GejwcBgb3ZF1kj5lEbks51d54dmwKr69Ybutto8silp46lWSkdK32N
Suamgh2l2bF6l42gibhkiHWGcqVy8unHL0rCU2VWVaNRzQu9IzLfcBSVuR8rY7Q+
Fv+TjKnteHidCERYrZdbzcluKmgLEw5PxqeM/hIxDMnS/FSjYcIbMiLoiFB5OZR2
JQIDAQAB
-----END PUBLIC KEY-----`;

/** Username, password, connected-app client id/secret and JWT key pair accepted by a seeded sandbox org. */
export const salesforceSandboxCredentials = {
  username: "admin@bowtie.sandbox",
  password: "bowtie-sandbox-password",
  clientId: "3MVG9bowtieSandboxClientId",
  clientSecret: "bowtie-sandbox-client-secret",
  privateKey: demoPrivateKey,
  publicKey: demoPublicKey,
} as const;
