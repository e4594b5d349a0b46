import { Agent as HttpAgent, IncomingMessage, request as httpRequest, RequestOptions } from "http";
import { Agent as HttpsAgent, request as httpsRequest } from "https";
import { urlToHttpOptions } from "url";
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

/** A subgraph's answer as the data source reads it: status, content type and the body's text. */
export interface SubgraphAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string | undefined;
  readonly text: string;
}

export type SubgraphPost = (url: string, headers: Readonly<Record<string, string>>, body: string) => Promise<SubgraphAnswer>;

/**
 * Issue #13: the gateway's requests to its subgraphs — plain node:http on keep-alive agents, so
 * consecutive requests reuse open connections instead of a TCP handshake per fetch, and the answer
 * read as text for JSON.parse. It replaces @apollo/gateway's default (make-fetch-happen, which
 * reads a stack trace on every request to tell http from https, and carries an HTTP cache and
 * retries the gateway never uses) and then a WHATWG Request, Headers and Response built per fetch
 * only to be read once: the unified view's profile put ~9% of the platform's CPU in that fetch.
 * No redirects, cookies or caching: a subgraph answers its one URL.
 */
export function keepAlivePost(): SubgraphPost {
  const agents = {
    "http:": new HttpAgent({ keepAlive: true, timeout: SUBGRAPH_IDLE_TIMEOUT_MS }),
    "https:": new HttpsAgent({ keepAlive: true, timeout: SUBGRAPH_IDLE_TIMEOUT_MS }),
  };
  // A subgraph's URL is one of a few configured ones: parsed once, not on every fetch (issue #13).
  const targets = new Map<string, Target>();
  return (url, headers, body) => {
    let target = targets.get(url);
    if (target === undefined) {
      const parsed = new URL(url);
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return Promise.reject(new Error(`A subgraph URL must be http or https, not ${parsed.protocol}`));
      }
      target = {
        send: parsed.protocol === "https:" ? httpsRequest : httpRequest,
        options: { ...urlToHttpOptions(parsed), agent: agents[parsed.protocol] },
      };
      targets.set(url, target);
    }
    const { send, options } = target;
    return new Promise((resolve, reject) => {
      const outgoing = send({ ...options, method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (incoming) => {
        readAll(incoming).then((text) => resolve(answerOf(incoming, text)), reject);
      });
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  };
}

interface Target {
  readonly send: typeof httpRequest;
  readonly options: RequestOptions;
}

function readAll(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    incoming.on("error", reject);
  });
}

function answerOf(incoming: IncomingMessage, text: string): SubgraphAnswer {
  const contentType = incoming.headers["content-type"];
  return { status: incoming.statusCode ?? 502, statusText: incoming.statusMessage ?? "", contentType, text };
}
