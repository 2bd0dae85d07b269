import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { faultCode, faultMessage, FaultTable, type FaultRule } from "./faults";
import { handleToken, isValidSession } from "./oauth";
import { handleRest } from "./rest";
import { seedOrg, type Scenario } from "./seed";
import { handleMetadataCall, parseXml, sessionIdOf, soapFault, type SoapReply } from "./soap";
import { OrgStore, type OrgState } from "./state";

/** Options of `startSalesforceSandbox`. */
export interface SalesforceSandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** JSON file holding the org; reloaded when another process changes it. In memory when omitted. */
  stateFile?: string;
  /** Org to seed when the state file does not exist yet. Default `messy`. */
  scenario?: Scenario;
  /** Faults active from the start. */
  faults?: FaultRule[];
}

/** One request as the sandbox saw it (for tests of batching and retries). */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** Metadata API operation, e.g. `readMetadata`. */
  operation?: string;
  /** Number of components in a Metadata call. */
  components?: number;
  status: number;
}

/** A running sandbox. `url` is both the login URL and the instance URL. */
export interface SalesforceSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  injectFault(rule: FaultRule): number;
  clearFaults(): void;
  /** Reseeds the org (sessions survive, so connected clients keep working). */
  reset(scenario?: Scenario): void;
  /** Sets the daily API request limit and/or the requests already used today. */
  setLimits(limits: { dailyApiRequests?: number; used?: number }): void;
  /** Invalidates every session (clients must log in again). */
  expireSessions(): void;
  /** The org as it is now (a copy). */
  state(): OrgState;
  requests(): RequestLogEntry[];
  clearRequests(): void;
}

const JSON_TYPE = "application/json;charset=UTF-8";
const XML_TYPE = "text/xml;charset=UTF-8";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | undefined, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...(body === undefined ? {} : { "Content-Type": type }), ...headers });
  res.end(body);
}

/** Starts the emulator: OAuth2 token endpoint, Metadata SOAP API, REST API and the `/__sandbox` admin API. */
export async function startSalesforceSandbox(options: SalesforceSandboxOptions = {}): Promise<SalesforceSandbox> {
  const host = options.host ?? "127.0.0.1";
  const store = new OrgStore(options.stateFile, () => seedOrg(options.scenario ?? "messy"));
  const faults = new FaultTable();
  for (const rule of options.faults ?? []) faults.add(rule);
  let log: RequestLogEntry[] = [];
  let baseUrl = "";

  const reset = (scenario: Scenario = options.scenario ?? "messy") => {
    const sessions = store.current().sessions;
    store.replace({ ...seedOrg(scenario), sessions });
  };
  const setLimits = (limits: { dailyApiRequests?: number; used?: number }) => {
    const org = store.current();
    org.limits = { dailyApiRequests: limits.dailyApiRequests ?? org.limits.dailyApiRequests, used: limits.used ?? org.limits.used };
    store.save();
  };
  const expireSessions = () => {
    store.current().sessions = {};
    store.save();
  };

  /** Counts one API call; false when the daily limit is already spent. */
  const countApiCall = (org: OrgState): boolean => {
    if (org.limits.used >= org.limits.dailyApiRequests) return false;
    org.limits.used += 1;
    return true;
  };
  const limitHeader = (org: OrgState) => ({ "Sforce-Limit-Info": `api-usage=${org.limits.used}/${org.limits.dailyApiRequests}` });

  async function admin(method: string, path: string, body: string, res: ServerResponse): Promise<void> {
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const ok = (value: unknown = { ok: true }) => send(res, 200, JSON_TYPE, JSON.stringify(value));
    if (method === "POST" && path === "/__sandbox/faults") return ok({ id: faults.add(input as unknown as FaultRule) });
    if (method === "DELETE" && path === "/__sandbox/faults") return (faults.clear(), ok());
    if (method === "POST" && path === "/__sandbox/reset") return (reset(input.scenario as Scenario | undefined), ok());
    if (method === "POST" && path === "/__sandbox/limits") return (setLimits(input), ok(store.current().limits));
    if (method === "POST" && path === "/__sandbox/sessions/expire") return (expireSessions(), ok());
    if (method === "GET" && path === "/__sandbox/state") return ok(store.current());
    if (method === "GET" && path === "/__sandbox/requests") return ok(log);
    if (method === "DELETE" && path === "/__sandbox/requests") return ((log = []), ok());
    send(res, 404, JSON_TYPE, JSON.stringify({ error: `unknown admin endpoint ${method} ${path}` }));
  }

  function soap(body: string, entry: RequestLogEntry): SoapReply {
    const org = store.current();
    let envelope;
    try {
      envelope = parseXml(body);
    } catch {
      return soapFault("INVALID_XML", "The request is not well-formed XML");
    }
    const bodyElement = (envelope.Envelope as Record<string, unknown> | undefined)?.Body as Record<string, Record<string, unknown>> | undefined;
    entry.operation = bodyElement ? Object.keys(bodyElement)[0] : undefined;
    const call = entry.operation ? bodyElement?.[entry.operation] : undefined;
    const items = call?.metadata ?? call?.fullNames;
    entry.components = items === undefined ? undefined : Array.isArray(items) ? items.length : 1;
    if (!isValidSession(org, sessionIdOf(envelope))) return soapFault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session");
    if (!countApiCall(org)) return (store.save(), soapFault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
    return handleMetadataCall(org, envelope, () => store.save());
  }

  async function route(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> {
    const url = new URL(req.url ?? "/", baseUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const path = url.pathname;
    const body = await readBody(req);
    if (path.startsWith("/__sandbox/")) return admin(method, path, body, res);

    const fault = faults.take(method, path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    const isSoap = path.startsWith("/services/Soap/");
    if (fault?.status) {
      entry.status = fault.status;
      if (isSoap) return send(res, fault.status, XML_TYPE, soapFault(faultCode(fault), faultMessage(fault)).body);
      if (path === "/services/oauth2/token") return send(res, fault.status, JSON_TYPE, JSON.stringify({ error: faultCode(fault), error_description: faultMessage(fault) }));
      return send(res, fault.status, JSON_TYPE, JSON.stringify([{ message: faultMessage(fault), errorCode: faultCode(fault), fields: [] }]));
    }

    if (path === "/services/oauth2/token" && method === "POST") {
      const org = store.current();
      const reply = handleToken(org, new URLSearchParams(body), baseUrl);
      if (reply.status === 200) {
        for (const [token, session] of Object.entries(org.sessions)) if (session.expiresAt < Date.now()) delete org.sessions[token];
        store.save();
      }
      entry.status = reply.status;
      return send(res, reply.status, JSON_TYPE, JSON.stringify(reply.body));
    }
    if (/^\/services\/Soap\/m\/\d+\.\d$/.test(path) && method === "POST") {
      const reply = soap(body, entry);
      entry.status = reply.status;
      return send(res, reply.status, XML_TYPE, reply.body);
    }
    if (path === "/services/data" || path === "/services/data/") {
      const versions = ["58.0", "59.0", "60.0", "61.0", "62.0", "63.0"].map((version) => ({ label: `v${version}`, url: `/services/data/v${version}`, version }));
      return send(res, 200, JSON_TYPE, JSON.stringify(versions));
    }
    const rest = /^\/services\/data\/v(\d+\.\d)(\/.*)$/.exec(path);
    if (rest) {
      const org = store.current();
      const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const error = (status: number, errorCode: string, message: string) => {
        entry.status = status;
        send(res, status, JSON_TYPE, JSON.stringify([{ message, errorCode }]), limitHeader(org));
      };
      if (!isValidSession(org, token)) return error(401, "INVALID_SESSION_ID", "Session expired or invalid");
      if (!countApiCall(org)) return (store.save(), error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
      let parsed: unknown;
      try {
        parsed = body ? JSON.parse(body) : undefined;
      } catch {
        return error(400, "JSON_PARSER_ERROR", "The request body is not valid JSON");
      }
      const reply = handleRest(org, { method, path: rest[2]!, version: rest[1]!, query: url.searchParams, body: parsed }, { used: org.limits.used, max: org.limits.dailyApiRequests });
      store.save();
      entry.status = reply.status;
      return send(res, reply.status, JSON_TYPE, reply.body === undefined ? undefined : JSON.stringify(reply.body), limitHeader(org));
    }
    entry.status = 404;
    send(res, 404, JSON_TYPE, JSON.stringify([{ message: "The requested resource does not exist", errorCode: "NOT_FOUND" }]));
  }

  const server = createServer((req, res) => {
    const entry: RequestLogEntry = { method: req.method ?? "GET", path: (req.url ?? "/").split("?")[0]!, status: 200 };
    if (!entry.path.startsWith("/__sandbox/")) {
      log.push(entry);
      if (log.length > 1000) log = log.slice(-500);
    }
    route(req, res, entry).catch((error: unknown) => {
      entry.status = 500;
      if (!res.headersSent) send(res, 500, JSON_TYPE, JSON.stringify([{ message: String(error), errorCode: "UNKNOWN_EXCEPTION" }]));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host}:${port}`;

  return {
    url: baseUrl,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    reset,
    setLimits,
    expireSessions,
    state: () => JSON.parse(JSON.stringify(store.current())) as OrgState,
    requests: () => [...log],
    clearRequests: () => {
      log = [];
    },
  };
}
