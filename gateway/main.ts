import { readGatewayConfig } from "./config";
import { startGateway } from "./index";

/** The gateway as its own process (D7): subgraph URLs from HOUSEHOLD_URL, DISTRICT_URL, … */
async function main(): Promise<void> {
  // Inside main, so a ConfigError in the settings is reported like any other start-up failure.
  const running = await startGateway(readGatewayConfig());
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("The gateway could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
