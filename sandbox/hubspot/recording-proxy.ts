/**
 * A pass-through HTTP proxy that records every exchange with a HubSpot base URL (the sandbox, in
 * tests and benchmarks): method, path, query, status, and both JSON bodies. Point a client's
 * `basePath` at `url`; nothing is changed on the way.
 */
import { request } from "node:http";
import { listen, readText } from "../common/http";

export interface Exchange {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  /** Parsed JSON; undefined when there was none. */
  requestBody: unknown;
  responseBody: unknown;
}

export interface RecordingProxy {
  url: string;
  /** Every exchange so far, oldest first. */
  exchanges: Exchange[];
  close(): Promise<void>;
}

const parsed = (text: string): unknown => {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const exchanges: Exchange[] = [];
  const listening = await listen((req, res) => {
    void readText(req).then((sent) => {
      const url = new URL(req.url ?? "/", upstream);
      const forward = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (reply) => {
        void readText(reply).then((answered) => {
          exchanges.push({ method: req.method ?? "GET", path: url.pathname, query: url.searchParams, status: reply.statusCode ?? 0, requestBody: parsed(sent), responseBody: parsed(answered) });
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          res.end(answered);
        });
      });
      forward.on("error", (error) => res.destroy(error));
      forward.end(sent);
    });
  });
  return { url: listening.url, exchanges, close: listening.close };
}
