import { join } from "path";
import { ConfigError, envBoolean, envOptional, envPort, envString, isProduction } from "../shared/config";
import { DEFAULT_QUERY_LIMITS, QueryLimits } from "./limits";

/** The subgraphs the gateway routes to, by their supergraph name. */
export const SUBGRAPH_NAMES = ["household", "district", "social", "health"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_PORTS: Readonly<Record<SubgraphName, number>> = { household: 4001, district: 4002, social: 4003, health: 4004 };

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly supergraphPath: string;
  /** Overrides of the URLs written in the supergraph (e.g. a service name in docker-compose). */
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
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
  const raw = envOptional(name);
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`${name} must be a whole number of 1 or more`);
  }
  return value;
}

function subgraphUrl(name: SubgraphName): string {
  const port = envPort(`${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name]);
  return envOptional(`${name.toUpperCase()}_URL`) ?? `http://localhost:${port}/graphql`;
}

export function readGatewayConfig(): GatewayConfig {
  return {
    port: envPort("GATEWAY_PORT", envPort("PORT", 4000)),
    host: envString("GATEWAY_HOST", "0.0.0.0"),
    supergraphPath: envString("SUPERGRAPH_PATH", join(__dirname, "..", "supergraph.graphql")),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<SubgraphName, string>,
    developerTools: envBoolean("DEVELOPER_TOOLS", !isProduction()),
    maxDepth: envLimit("GATEWAY_MAX_DEPTH", DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: envLimit("GATEWAY_MAX_ALIASES", DEFAULT_QUERY_LIMITS.maxAliases),
    maxCost: envLimit("GATEWAY_MAX_COST", DEFAULT_QUERY_LIMITS.maxCost),
    maxTokens: envLimit("GATEWAY_MAX_TOKENS", DEFAULT_QUERY_LIMITS.maxTokens),
  };
}
