import { join } from "path";
import { AGENCIES } from "../shared/agencies";
import { agencyUrl } from "../shared/agency-config";
import { ConfigError, envBoolean, envOptional, envPort, envString, envWholeNumber, isProduction } from "../shared/config";
import { parseOrigins } from "../shared/http/browser-policy";
import { DEFAULT_QUERY_LIMITS, QueryLimits } from "./limits";
import { TrustedDocumentsConfig } from "./trusted-documents";

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly supergraphPath: string;
  /**
   * Where each subgraph is, by its supergraph name (D8: names and URLs only). Every subgraph of the
   * supergraph must have one; the URLs written in the supergraph are never used (routes.ts).
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Introspection and the Sandbox landing page: on in development, off in production. */
  readonly developerTools: boolean;
  /**
   * Operation limits (gateway/limits.ts, issue #4); each falls back to DEFAULT_QUERY_LIMITS, sized
   * so every legitimate query of the frontends passes with room to spare.
   */
  readonly maxDepth?: number;
  readonly maxAliases?: number;
  readonly maxCost?: number;
  readonly maxTokens?: number;
  /** Issue #11, D10: which operations run (trusted-documents.ts); absent = any (tests that build a config by hand). */
  readonly trustedDocuments?: TrustedDocumentsConfig;
  /**
   * Issue #14: origins whose pages may call the gateway cross-origin (another agency's frontend).
   * Absent: Apollo Sandbox's in development, none in production. The console is same-origin.
   */
  readonly allowedOrigins?: readonly string[];
}

/** Where Apollo Sandbox's pages run: allowed cross-origin only while the developer tools are on. */
export const SANDBOX_ORIGINS = ["https://sandbox.embed.apollographql.com", "https://studio.apollographql.com"];

export function allowedOriginsOf(config: GatewayConfig): readonly string[] {
  return config.allowedOrigins ?? (config.developerTools ? SANDBOX_ORIGINS : []);
}

/** The limits in force for `config`: its own settings, else the defaults. */
export function queryLimitsOf(config: GatewayConfig): QueryLimits {
  return {
    maxDepth: config.maxDepth ?? DEFAULT_QUERY_LIMITS.maxDepth,
    maxAliases: config.maxAliases ?? DEFAULT_QUERY_LIMITS.maxAliases,
    maxCost: config.maxCost ?? DEFAULT_QUERY_LIMITS.maxCost,
    maxTokens: config.maxTokens ?? DEFAULT_QUERY_LIMITS.maxTokens,
  };
}

function envLimit(name: string, fallback: number): number {
  return envWholeNumber(name, fallback, 1);
}

export function readTrustedDocuments(): TrustedDocumentsConfig {
  const mode = envString("TRUSTED_DOCUMENTS", isProduction() ? "only" : "any");
  if (mode !== "only" && mode !== "any") {
    throw new ConfigError(`TRUSTED_DOCUMENTS must be "only" or "any", not "${mode}"`);
  }
  const manifests = envString("TRUSTED_DOCUMENTS_MANIFESTS", join(__dirname, "..", "web", "src", "gql", "persisted-documents.json"))
    .split(",")
    .map((path) => path.trim())
    .filter((path) => path !== "");
  return { mode, manifests };
}

function readAllowedOrigins(): readonly string[] | undefined {
  const raw = envOptional("CORS_ALLOWED_ORIGINS");
  return raw === undefined ? undefined : parseOrigins(raw, "CORS_ALLOWED_ORIGINS");
}

export function readGatewayConfig(): GatewayConfig {
  return {
    port: envPort("GATEWAY_PORT", envPort("PORT", 4000)),
    host: envString("GATEWAY_HOST", "0.0.0.0"),
    supergraphPath: envString("SUPERGRAPH_PATH", join(__dirname, "..", "supergraph.graphql")),
    subgraphUrls: Object.fromEntries(AGENCIES.map((agency) => [agency.name, agencyUrl(agency)])),
    developerTools: envBoolean("DEVELOPER_TOOLS", !isProduction()),
    maxDepth: envLimit("GATEWAY_MAX_DEPTH", DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: envLimit("GATEWAY_MAX_ALIASES", DEFAULT_QUERY_LIMITS.maxAliases),
    maxCost: envLimit("GATEWAY_MAX_COST", DEFAULT_QUERY_LIMITS.maxCost),
    maxTokens: envLimit("GATEWAY_MAX_TOKENS", DEFAULT_QUERY_LIMITS.maxTokens),
    trustedDocuments: readTrustedDocuments(),
    allowedOrigins: readAllowedOrigins(),
  };
}
