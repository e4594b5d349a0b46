import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from "@apollo/server";
import type { Logger } from "../logger";
import { Admission } from "./admission";
import { allowOrigin, allowPageScripts, answerPreflight, applySecurityHeaders, BrowserPolicy, originVerdict } from "./browser-policy";

/** `/health?probe=live`: 200 while the process answers, whatever its dependencies (deploy/k8s's liveness probe). */
export const LIVENESS_PROBE = "live";

/** A `/health` answer: 200 when `ok`, 503 otherwise, with the body as JSON. */
export interface HealthReport {
  readonly ok: boolean;
  readonly body: Record<string, unknown>;
}

export interface ServeOptions<Context extends BaseContext> {
  readonly server: ApolloServer<Context>;
  readonly port: number;
  readonly host?: string;
  /** Builds the context; `graphQLRequest` carries the parsed body (the stream is already read). */
  readonly context: (request: IncomingMessage, graphQLRequest: HTTPGraphQLRequest) => Promise<Context>;
  readonly health: () => Promise<HealthReport>;
  readonly log: Logger;
  /** Largest accepted request body; GraphQL operations of the frontends are far below it. */
  readonly maxBodyBytes?: number;
  /** Other GET routes by path (the gateway's report download, issue #10). */
  readonly routes?: Readonly<Record<string, RouteHandler>>;
  /** Issue #14: security headers on every answer, and which origins may call cross-origin. */
  readonly browserPolicy?: BrowserPolicy;
  /** Issue #14: a bound on the GraphQL requests and routes worked on at once (the gateway's); absent, none. */
  readonly admission?: Admission;
}

/** A GET route beside `/graphql`: it answers the request itself. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** The node:http server itself, for what watches its connections (tests/http/subgraph-keep-alive.test.ts). */
  readonly httpServer: Server;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/**
 * How long an idle keep-alive connection stays open. Longer than a typical load balancer's idle
 * timeout, and than the gateway's own to the subgraphs (gateway/subgraph-fetcher.ts): the client
 * must be the one to close an idle connection, or a request sent just as the server closed it
 * fails with a reset.
 */
export const SERVER_KEEP_ALIVE_TIMEOUT_MS = 65_000;

class PayloadTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering but let the client finish sending, so it can read the 413.
        request.removeAllListeners("data");
        request.resume();
        reject(new PayloadTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** Seconds an overloaded server asks a client to wait: a slot frees within about a request's time. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/** Issue #14: a request beyond the admission bound, answered at once and cheaply. */
function sendOverloaded(response: ServerResponse): void {
  response.setHeader("retry-after", String(OVERLOAD_RETRY_AFTER_SECONDS));
  sendGraphQLError(response, 503, "SERVICE_OVERLOADED", `The service is overloaded; retry after ${OVERLOAD_RETRY_AFTER_SECONDS} s`);
}

/** A GraphQL-shaped error answer (`errors[0].extensions.code`), for answers outside Apollo's own pipeline. */
export function sendGraphQLError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

async function toGraphQLRequest(request: IncomingMessage, url: URL, maxBodyBytes: number): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  let body: unknown = undefined;
  if (request.method === "POST") {
    const raw = await readBody(request, maxBodyBytes);
    body = raw === "" ? undefined : JSON.parse(raw);
  }
  return { method: request.method ?? "GET", headers, search: url.search, body };
}

/**
 * Serves an Apollo server on plain node:http with `/health` beside `/graphql` (the standalone
 * server has no room for other routes, and express would be a dependency for two routes).
 */
export async function serveApollo<Context extends BaseContext>(options: ServeOptions<Context>): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const browserPolicy = options.browserPolicy ?? {};

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    applySecurityHeaders(response, browserPolicy);
    const origin = originVerdict(request, browserPolicy);
    if (request.method === "OPTIONS" && browserPolicy.allowedOrigins !== undefined) {
      answerPreflight(request, response, origin);
      return;
    }
    if (origin === "refused") {
      // Refused before anything runs: a page on another site cannot make a signed-in browser act.
      sendGraphQLError(response, 403, "FORBIDDEN", "Requests from this origin are not allowed");
      return;
    }
    if (origin === "allowed" || origin === "same-origin") {
      allowOrigin(request, response);
    }
    if (url.pathname === "/health" && (request.method === "GET" || request.method === "HEAD")) {
      if (url.searchParams.get("probe") === LIVENESS_PROBE) {
        // Issue #13: Kubernetes' liveness asks only whether this process still answers. A restart
        // mends a hung process, never a database or a subgraph that is down, so those stay readiness's.
        sendJson(response, 200, { status: "alive" });
        return;
      }
      const report = await options.health();
      sendJson(response, report.ok ? 200 : 503, report.body);
      return;
    }
    const route = options.routes?.[url.pathname];
    if (route !== undefined && request.method === "GET") {
      await admitted(response, () => route(request, response, url));
      return;
    }
    if (url.pathname !== "/graphql" && url.pathname !== "/") {
      sendJson(response, 404, { error: "Not found" });
      return;
    }
    await graphQL(request, response, url);
  }

  /** Runs `work` within the admission bound, or answers 503 at once when the bound and its queue are full. */
  async function admitted(response: ServerResponse, work: () => Promise<void>): Promise<void> {
    if (options.admission === undefined) {
      await work();
      return;
    }
    const slot = options.admission.enter();
    if (slot === null) {
      sendOverloaded(response);
      return;
    }
    const release = await slot;
    try {
      await work();
    } finally {
      release();
    }
  }

  async function graphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = await toGraphQLRequest(request, url, maxBodyBytes);
    } catch (error) {
      if (error instanceof PayloadTooLarge) {
        response.setHeader("connection", "close");
        sendGraphQLError(response, 413, "BAD_REQUEST", "Request body too large");
      } else {
        sendGraphQLError(response, 400, "BAD_REQUEST", "Request body is not valid JSON");
      }
      return;
    }
    // The body is read before admission (bounded by maxBodyBytes), so a slow sender holds no slot.
    await admitted(response, () => execute(request, response, httpGraphQLRequest));
  }

  async function execute(request: IncomingMessage, response: ServerResponse, httpGraphQLRequest: HTTPGraphQLRequest): Promise<void> {
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.context(request, httpGraphQLRequest),
    });
    const headers: Record<string, string> = {};
    for (const [key, value] of result.headers) {
      headers[key] = value;
    }
    if (headers["content-type"]?.startsWith("text/html") === true) {
      allowPageScripts(response);
    }
    response.writeHead(result.status ?? 200, headers);
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) {
      response.write(chunk);
    }
    response.end();
  }

  const httpServer: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log.error({ errorKind: error instanceof Error ? error.name : typeof error }, "request failed");
      if (!response.headersSent) {
        sendGraphQLError(response, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
      } else {
        response.end();
      }
    });
  });
  httpServer.keepAliveTimeout = SERVER_KEEP_ALIVE_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };
}
