import type { IncomingMessage, ServerResponse } from "http";
import { ConfigError } from "../config";

/**
 * Issue #14: what a browser may do with the platform's answers. Every answer carries security
 * headers — no sniffing, no framing, no referrer, nothing stored (the answers hold personal data of
 * vulnerable families: no browser or proxy cache may keep them), a CSP that lets a JSON answer run
 * nothing — and, at the gateway, cross-origin calls are allowed only from the origins a city lists
 * (another agency's frontend; Apollo Sandbox in development). The console itself is same-origin:
 * it is served with the gateway behind one address (the console server or the city's proxy).
 */
export interface BrowserPolicy {
  /** Origins (`https://host[:port]`) allowed to call cross-origin; absent = no CORS at all (the subgraphs, internal only). */
  readonly allowedOrigins?: readonly string[];
  /** HTTPS only from now on (production, behind TLS). */
  readonly strictTransportSecurity?: boolean;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

/** The headers a browser may send to the gateway cross-origin (the console's and Sandbox's). */
const ALLOWED_REQUEST_HEADERS = "authorization, content-type, x-purpose, x-operation-id, apollo-require-preflight, x-apollo-operation-name";

export function applySecurityHeaders(response: ServerResponse, policy: BrowserPolicy): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    response.setHeader(name, value);
  }
  if (policy.strictTransportSecurity === true) {
    response.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
}

/** Apollo Sandbox's landing page (development only) is HTML that runs scripts: it keeps its own policy. */
export function allowPageScripts(response: ServerResponse): void {
  response.removeHeader("content-security-policy");
}

export type OriginVerdict = "none" | "same-origin" | "allowed" | "refused";

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A request without Origin is not from a browser's cross-site context (servers, curl, the
 * gateway's own subgraph calls). An Origin naming the host the request was sent to (or that the
 * console's proxy forwarded, `x-forwarded-host` — a header a cross-site page cannot set without a
 * preflight, which is refused) is same-origin. Anything else must be listed.
 */
export function originVerdict(request: IncomingMessage, policy: BrowserPolicy): OriginVerdict {
  const origin = headerOf(request, "origin");
  if (origin === undefined || policy.allowedOrigins === undefined) {
    return "none";
  }
  if (policy.allowedOrigins.includes(origin)) {
    return "allowed";
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "refused";
  }
  const servedAs = headerOf(request, "x-forwarded-host") ?? headerOf(request, "host");
  return host === servedAs ? "same-origin" : "refused";
}

/** Answers a CORS preflight: 204 with what the origin may send, or 403 with no CORS headers. */
export function answerPreflight(request: IncomingMessage, response: ServerResponse, verdict: OriginVerdict): void {
  if (verdict === "allowed" || verdict === "same-origin") {
    allowOrigin(request, response);
    response.setHeader("access-control-allow-methods", "POST, GET, OPTIONS");
    response.setHeader("access-control-allow-headers", ALLOWED_REQUEST_HEADERS);
    response.setHeader("access-control-max-age", "600");
    response.writeHead(204);
  } else {
    response.writeHead(403);
  }
  response.end();
}

/** Lets the calling origin read this answer (never `*`: the answers are personal). */
export function allowOrigin(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader("access-control-allow-origin", headerOf(request, "origin") ?? "");
  response.setHeader("vary", "Origin");
}

/** `CORS_ALLOWED_ORIGINS`: a comma list of origins; each must be exactly `scheme://host[:port]`. */
export function parseOrigins(raw: string, settingName: string): string[] {
  const origins = raw
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
      throw new ConfigError(`${settingName}: "${origin}" is not an origin (scheme://host[:port], no path)`);
    }
  }
  return origins;
}
