import { createServer } from "http";
import { createRequire } from "module";
import { join } from "path";

/**
 * Issue #13's peers (3) and (4): Hive Gateway over the same supergraph and subgraph processes,
 * with in-flight request deduplication OFF (its default merges identical subgraph requests of
 * different callers: fewer audited reads than answered ones, which the platform may not do), and
 * with HIVE_ROUTER_RUNTIME=1 Hive Router's Rust query planner (@graphql-hive/router-runtime's
 * unifiedGraphHandler, as Hive documents it). Authorization and x-purpose are forwarded to every
 * subgraph, since the subgraphs authorize and audit (D4). Hive is loaded from HIVE_MODULES (a
 * folder holding its node_modules; the bench passes scripts/bench/peers/modules, pinned there).
 */
type Loose = Record<string, unknown>;

const FORWARDED = ["authorization", "x-purpose"] as const;

async function main(): Promise<void> {
  const from = process.env.HIVE_MODULES === undefined ? require : createRequire(join(process.env.HIVE_MODULES, "package.json"));
  const hive = from("@graphql-hive/gateway") as { createGatewayRuntime: (config: Loose) => (request: unknown, response: unknown) => void };
  const rust = process.env.HIVE_ROUTER_RUNTIME === "1";
  const config: Loose = {
    supergraph: process.env.SUPERGRAPH_PATH,
    logging: "error",
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    transportEntries: { "*.http": { options: { deduplicateInflightRequests: false } } },
    propagateHeaders: {
      fromClientToSubgraphs({ request }: { request: { headers: { get(name: string): string | null } } }) {
        return Object.fromEntries(FORWARDED.flatMap((header) => {
          const value = request.headers.get(header);
          return value === null ? [] : [[header, value]];
        }));
      },
    },
  };
  if (rust) {
    config.unifiedGraphHandler = (from("@graphql-hive/router-runtime") as Loose).unifiedGraphHandler;
  }
  const runtime = hive.createGatewayRuntime(config);
  const port = Number(process.env.PEER_PORT ?? "4420");
  createServer(runtime).listen(port, "127.0.0.1");
  createServer((_, response) => response.end("ok")).listen(port + 1, "127.0.0.1");
  console.log(`Hive Gateway${rust ? " + Rust query planner" : ""} on ${port}`);
}

main().catch((error: unknown) => {
  console.error("Hive Gateway could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
