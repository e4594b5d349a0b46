import { readFileSync } from "fs";
import { createServer } from "http";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * Issue #13's peer (2): stock @apollo/gateway + @apollo/server with their defaults, over the same
 * supergraph and subgraph processes as the platform's gateway. The only addition is the one every
 * deployment in front of these subgraphs needs: Authorization and x-purpose forwarded to each
 * subgraph, since the subgraphs authorize and audit (D4). PEER_PORT, SUPERGRAPH_PATH and
 * PEER_SUBGRAPH_URLS (JSON: supergraph name → URL) from the bench.
 */
const FORWARDED = ["authorization", "x-purpose"] as const;

interface Context {
  readonly headers: Readonly<Record<string, string>>;
}

async function main(): Promise<void> {
  const urls = JSON.parse(process.env.PEER_SUBGRAPH_URLS ?? "{}") as Record<string, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH ?? "supergraph.graphql", "utf8"),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<Context>({
        url: urls[name] ?? url,
        willSendRequest({ request, context }) {
          for (const header of FORWARDED) {
            const value = context.headers[header];
            if (value !== undefined) {
              request.http?.headers.set(header, value);
            }
          }
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const port = Number(process.env.PEER_PORT ?? "4400");
  await startStandaloneServer(server, {
    listen: { port, host: "127.0.0.1" },
    context: ({ req }) =>
      Promise.resolve({
        headers: Object.fromEntries(FORWARDED.flatMap((header) => (typeof req.headers[header] === "string" ? [[header, req.headers[header]]] : []))),
      }),
  });
  // /health for the bench's waitForHealth, on the next port.
  createServer((_, response) => response.end("ok")).listen(port + 1, "127.0.0.1");
  console.log(`stock @apollo/gateway on ${port}`);
}

main().catch((error: unknown) => {
  console.error("The stock gateway could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
