import { Agent as HttpAgent, IncomingMessage, request as httpRequest, RequestOptions } from "http";
import { Agent as HttpsAgent, request as httpsRequest } from "https";
import type { Fetcher, FetcherRequestInit } from "@apollo/utils.fetcher";
import { SERVER_KEEP_ALIVE_TIMEOUT_MS } from "../shared/http/serve";

/**
 * How long the gateway keeps an idle connection to a subgraph open. Below the subgraphs' own
 * keep-alive timeout (shared/http/serve.ts), so the gateway always closes first: a server that
 * closed a socket just as the gateway reused it would fail that request with a reset.
 */
export const SUBGRAPH_IDLE_TIMEOUT_MS = 30_000;

if (SUBGRAPH_IDLE_TIMEOUT_MS >= SERVER_KEEP_ALIVE_TIMEOUT_MS) {
  throw new Error("The gateway's idle timeout must stay below the subgraphs' keep-alive timeout");
}

/**
 * Issue #13: the gateway's fetcher to its subgraphs — plain node:http on keep-alive agents, so
 * consecutive requests reuse open connections instead of a TCP handshake per fetch. It replaces
 * @apollo/gateway's default (make-fetch-happen), which reads a stack trace on every request to
 * tell http from https (agent-base) and carries an HTTP cache and retries the gateway never uses.
 * No redirects, cookies or caching: a subgraph answers its one URL.
 */
export function keepAliveFetcher(): Fetcher {
  const agents = {
    "http:": new HttpAgent({ keepAlive: true, timeout: SUBGRAPH_IDLE_TIMEOUT_MS }),
    "https:": new HttpsAgent({ keepAlive: true, timeout: SUBGRAPH_IDLE_TIMEOUT_MS }),
  };
  return (url, init = {}) => {
    const target = new URL(url);
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      return Promise.reject(new Error(`A subgraph URL must be http or https, not ${target.protocol}`));
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const options: RequestOptions = { method: init.method ?? "GET", headers: headersOf(init), agent: agents[target.protocol as keyof typeof agents], signal: init.signal as AbortSignal | undefined };
      const outgoing = send(target, options, (incoming) => {
        readAll(incoming).then((body) => resolve(responseOf(incoming, body, url)), reject);
      });
      outgoing.on("error", reject);
      outgoing.end(init.body);
    });
  };
}

function headersOf(init: FetcherRequestInit): Record<string, string> {
  const headers = { ...init.headers };
  if (init.body !== undefined) {
    headers["content-length"] = String(Buffer.byteLength(init.body));
  }
  return headers;
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => resolve(Buffer.concat(chunks)));
    incoming.on("error", reject);
  });
}

/** A WHATWG Response (Node's own), which is what the gateway's data source reads. */
function responseOf(incoming: IncomingMessage, body: Buffer, url: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, one);
    }
  }
  const status = incoming.statusCode ?? 502;
  const response = new Response(status === 204 || status === 304 ? null : body, { status, statusText: incoming.statusMessage, headers });
  // `url` is read-only on a constructed Response; the gateway names it in error extensions.
  Object.defineProperty(response, "url", { value: url });
  return response;
}
