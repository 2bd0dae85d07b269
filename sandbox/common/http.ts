/** The HTTP plumbing both sandboxes share: one request as the CRM code sees it, one reply on the wire, listen and close. */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SandboxRequest {
  /** Upper case. */
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body as sent; empty when there is none. */
  text: string;
  /** The sandbox's own URL, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
}

/** A reply as it goes on the wire: each CRM encodes its bodies and sets its content type. */
export interface WireReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function send(res: ServerResponse, reply: WireReply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

export interface Listening {
  url: string;
  port: number;
  /** Stops listening and drops open connections (keep-alive clients included). */
  close(): Promise<void>;
}

/** Serves `listener` on `host:port` (0: a free port). */
export async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void, port = 0, host = "127.0.0.1"): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
