import "reflect-metadata";
import { readCheckpointConfig } from "../shared/audit/checkpoint-config";
import { closeEngine, openEmbeddedEngine, postgresEngine } from "../shared/db/engine";
import { runSubgraph } from "../shared/subgraph/run";
import { readServeConfig } from "./platform/serve-config";

/**
 * One subgraph as its own process (D7, docker-compose): `SUBGRAPH=household` with DATABASE_URL
 * pointing at that agency's PostgreSQL. Without DATABASE_URL it runs on a private embedded engine.
 */
async function main(): Promise<void> {
  const config = readServeConfig(process.argv[2]);
  const engine = config.databaseUrl === undefined ? await openEmbeddedEngine() : postgresEngine(config.databaseUrl);
  const { gatewayUrl } = config;
  const running = await runSubgraph(config.subgraph.definition, {
    engine,
    port: config.port,
    host: config.host,
    gatewayUrl: gatewayUrl === undefined ? undefined : () => gatewayUrl,
    // Issue #14: AUDIT_CHECKPOINT_DIR and its key; no checkpoints when the operator sets none.
    checkpoints: readCheckpointConfig(),
  });
  running.startJobs();
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
