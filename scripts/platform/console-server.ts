import { existsSync, statSync } from "fs";
import { createServer, IncomingMessage, request as forward, ServerResponse } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";
import { CompressedFiles } from "./compressed-files";
import { ConsoleSignIn, readConsoleSignIn } from "./console-sign-in";

/**
 * The console's server (issue #11): the built console (web/dist) and, on the same origin, the
 * gateway's paths forwarded to it — so the browser talks to one origin, with no CORS to open, as a
 * city's reverse proxy would serve it in production. Files only from web/dist; unknown paths get
 * index.html (the console routes itself).
 */
const GATEWAY_PATHS = ["/graphql", "/reports/", "/dev/", "/health"];

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export const CONSOLE_DIST = join(__dirname, "..", "..", "web", "dist");

export interface ConsoleServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Issue #14: the address the browser used, so the gateway sees the console's calls as same-origin. */
function forwardedHost(request: IncomingMessage): Record<string, string> {
  return request.headers.host === undefined ? {} : { "x-forwarded-host": request.headers.host };
}

function toGateway(gatewayUrl: URL, request: IncomingMessage, response: ServerResponse): void {
  const upstream = forward(
    { hostname: gatewayUrl.hostname, port: gatewayUrl.port, path: request.url, method: request.method, headers: { ...request.headers, host: gatewayUrl.host, ...forwardedHost(request) } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on("error", () => {
    if (!response.headersSent) {
      response.writeHead(502, { "content-type": "application/json; charset=utf-8" });
    }
    response.end(JSON.stringify({ errors: [{ message: "The gateway did not answer", extensions: { code: "BAD_GATEWAY" } }] }));
  });
  request.pipe(upstream);
}

async function sendFile(files: CompressedFiles, distDir: string, request: IncomingMessage, path: string, response: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, "");
  let file = join(distDir, relative);
  if (!file.startsWith(distDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    file = join(distDir, "index.html");
  }
  const { body, encoding } = await files.read(file, request.headers["accept-encoding"]);
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    vary: "accept-encoding",
    // Vite names assets by content hash: cache them for good; index.html always revalidates.
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}

/** Where the console finds its sign-in: the same build serves development and every city's provider. */
const CONFIG_PATH = "/console-config.json";

export interface ConsoleServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly gatewayUrl: string;
  readonly distDir?: string;
  /** Default: from the environment (CONSOLE_OIDC_*), development sign-in when none is set. */
  readonly signIn?: ConsoleSignIn;
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const distDir = options.distDir ?? CONSOLE_DIST;
  const configBody = JSON.stringify({ signIn: options.signIn ?? readConsoleSignIn() });
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`The console is not built (${distDir}/index.html is missing): run npm run web:build`);
  }
  const gatewayUrl = new URL(options.gatewayUrl);
  const files = new CompressedFiles();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://console").pathname;
    if (GATEWAY_PATHS.some((prefix) => path === prefix || path.startsWith(prefix))) {
      toGateway(gatewayUrl, request, response);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" });
      response.end();
      return;
    }
    if (path === CONFIG_PATH) {
      response.writeHead(200, { "content-type": CONTENT_TYPES[".json"], "cache-control": "no-cache", "x-content-type-options": "nosniff" });
      response.end(configBody);
      return;
    }
    sendFile(files, distDir, request, path, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
