import { runClustered } from "./cluster";
import { readGatewayConfig, readGatewayWorkers } from "./config";

/** The gateway as its own process (D7): subgraph URLs from HOUSEHOLD_URL, DISTRICT_URL, … */
async function main(): Promise<void> {
  // Inside main, so a ConfigError in the settings is reported like any other start-up failure.
  const config = readGatewayConfig();
  // Loaded where it serves: the primary of a cluster only forks and watches its workers.
  await runClustered(readGatewayWorkers(), async () => (await import("./index")).startGateway(config));
}

main().catch((error: unknown) => {
  console.error("The gateway could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
