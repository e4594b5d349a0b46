import { createServer, IncomingMessage, ServerResponse } from "http";
import { AddressInfo } from "net";

/**
 * A subgraph that answers only when the test says so: an HTTP proxy in front of a real subgraph
 * that holds every GraphQL request until `open()` (its /health passes straight through). It keeps
 * requests in flight at the gateway without timers or sleeps (issue #14's overload test).
 */
export interface GatedProxy {
  readonly url: string;
  /** Resolves once `count` requests are held at the gate. */
  heldAtLeast(count: number): Promise<void>;
  /** Forwards the held requests and every later one. */
  open(): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "content-encoding"]);

function headersOf(source: Iterable<[string, string | string[] | undefined]>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of source) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) {
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
  }
  return headers;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function forward(target: URL, request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", target);
  const answer = await fetch(url, {
    method: request.method,
    headers: headersOf(Object.entries(request.headers)),
    body: request.method === "GET" || request.method === "HEAD" ? undefined : body,
  });
  const bytes = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, headersOf(answer.headers.entries()));
  response.end(bytes);
}

export async function startGatedProxy(targetGraphqlUrl: string): Promise<GatedProxy> {
  const target = new URL(targetGraphqlUrl);
  let gateOpen = false;
  const held: Array<() => void> = [];
  const watchers: Array<{ count: number; resolve: () => void }> = [];
  const notify = (): void => {
    for (const watcher of watchers.filter((candidate) => held.length >= candidate.count)) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  };
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readAll(request);
      if (!gateOpen && !(request.url ?? "").startsWith("/health")) {
        await new Promise<void>((resolve) => {
          held.push(resolve);
          notify();
        });
      }
      await forward(target, request, body, response);
    })().catch(() => {
      response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    heldAtLeast: (count) =>
      new Promise<void>((resolve) => {
        watchers.push({ count, resolve });
        notify();
      }),
    open: () => {
      gateOpen = true;
      for (const release of held.splice(0)) {
        release();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
