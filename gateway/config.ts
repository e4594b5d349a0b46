import { availableParallelism } from "os";
import { join } from "path";
import { AGENCIES } from "../shared/agencies";
import { agencyUrl } from "../shared/agency-config";
import { ConfigError, envBoolean, envOptional, envPort, envString, envWholeNumber, isProduction } from "../shared/config";
import { AdmissionLimits, defaultAdmissionLimits } from "../shared/http/admission";
import { parseOrigins } from "../shared/http/browser-policy";
import { DEFAULT_QUERY_LIMITS, QueryLimits } from "./limits";
import { RateLimit } from "./token-bucket";
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
  /** Issue #14: requests worked on at once and waiting (shared/http/admission.ts); absent, sized for the machine. */
  readonly admission?: AdmissionLimits;
  /** Issue #14: the per-user limit of persons searches (persons-search-limit.ts); absent or null, none. */
  readonly personsSearchRate?: RateLimit | null;
}

/** The overload settings of GatewayConfig, as `npm start` and the deployment read them. */
export type OverloadConfig = Required<Pick<GatewayConfig, "admission" | "personsSearchRate">>;

/**
 * A user of the console searches a few times a minute; a burst of 60 leaves room for a busy
 * morning's look-ups, and 60 a minute is still far below what a script would do.
 */
export const DEFAULT_PERSONS_SEARCH_RATE: RateLimit = { burst: 60, perMinute: 60 };

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

/** GATEWAY_MAX_IN_FLIGHT, GATEWAY_MAX_QUEUED; GATEWAY_PERSONS_SEARCH_BURST (0 turns the limit off), GATEWAY_PERSONS_SEARCH_PER_MINUTE. */
export function readOverloadConfig(): OverloadConfig {
  const machine = defaultAdmissionLimits();
  const burst = envWholeNumber("GATEWAY_PERSONS_SEARCH_BURST", DEFAULT_PERSONS_SEARCH_RATE.burst, 0);
  return {
    admission: {
      maxInFlight: envLimit("GATEWAY_MAX_IN_FLIGHT", machine.maxInFlight),
      maxQueued: envWholeNumber("GATEWAY_MAX_QUEUED", machine.maxQueued, 0),
    },
    personsSearchRate: burst === 0 ? null : { burst, perMinute: envLimit("GATEWAY_PERSONS_SEARCH_PER_MINUTE", DEFAULT_PERSONS_SEARCH_RATE.perMinute) },
  };
}

/**
 * Issue #13, D7: GATEWAY_WORKERS, the gateway's processes on this machine (gateway/cluster.ts):
 * one per core in production, one otherwise (`npm start` and the tests run the gateway in-process).
 */
export function readGatewayWorkers(): number {
  return envWholeNumber("GATEWAY_WORKERS", isProduction() ? availableParallelism() : 1, 1);
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
    ...readOverloadConfig(),
  };
}
