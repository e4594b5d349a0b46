import { agencyPort } from "../../shared/agency-config";
import { ConfigError, envOptional, envPort, envString } from "../../shared/config";
import { SubgraphEntry, SUBGRAPHS, subgraphNamed } from "./subgraphs";

/** Settings of one subgraph run as its own process (scripts/serve-subgraph.ts, docker-compose). */
export interface ServeConfig {
  readonly subgraph: SubgraphEntry;
  /** PORT, else `<NAME>_PORT`, else the registry's port. */
  readonly port: number;
  readonly host: string;
  /** That agency's PostgreSQL; absent = a private embedded engine. */
  readonly databaseUrl?: string;
  /** The gateway, for the hand-offs this subgraph delivers (D3); required only if it has such jobs. */
  readonly gatewayUrl?: string;
}

/** `SUBGRAPH=<name>` (or the first argument) picks the agency from the registry. */
export function readServeConfig(argument?: string): ServeConfig {
  const name = envString("SUBGRAPH", argument ?? "");
  if (name === "") {
    throw new ConfigError(`Name a subgraph (SUBGRAPH=…): ${SUBGRAPHS.map((entry) => entry.agency.name).join(", ")}`);
  }
  const subgraph = subgraphNamed(name);
  return {
    subgraph,
    port: envPort("PORT", agencyPort(subgraph.agency)),
    host: envString("HOST", "0.0.0.0"),
    databaseUrl: envOptional("DATABASE_URL"),
    gatewayUrl: envOptional("GATEWAY_URL"),
  };
}
