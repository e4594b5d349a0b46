import { join } from "path";
import { envBoolean, envOptional, envPort, envString, isProduction } from "../shared/config";

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
  };
}
