import "reflect-metadata";
import { envOptional, envString } from "../shared/config";
import { closeEngine, openEmbeddedEngine, postgresEngine } from "../shared/db/engine";
import { runSubgraph } from "../shared/subgraph/run";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * One subgraph as its own process (D7, docker-compose): `SUBGRAPH=household` with DATABASE_URL
 * pointing at that agency's PostgreSQL. Without DATABASE_URL it runs on a private embedded engine.
 */
async function main(): Promise<void> {
  const name = envString("SUBGRAPH", process.argv[2] ?? "");
  const entry = SUBGRAPHS.find((candidate) => candidate.definition.name === name);
  if (entry === undefined) {
    throw new Error(`Name a subgraph: ${SUBGRAPHS.map((candidate) => candidate.definition.name).join(", ")}`);
  }
  const databaseUrl = envOptional("DATABASE_URL");
  const engine = databaseUrl === undefined ? await openEmbeddedEngine() : postgresEngine(databaseUrl);
  const running = await runSubgraph(entry.definition, {
    engine,
    port: Number(envString("PORT", String(entry.port))),
    host: envString("HOST", "0.0.0.0"),
  });
  const stop = async (): Promise<void> => {
    await running.close();
    await closeEngine(engine);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error("The subgraph could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
