import { readGatewayConfig } from "./config";
import { startGateway } from "./index";

/** The gateway as its own process (D7): subgraph URLs from HOUSEHOLD_URL, DISTRICT_URL, … */
startGateway(readGatewayConfig()).then(
  (running) => {
    const stop = (): void => {
      void running.close().then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  },
  (error: unknown) => {
    console.error("The gateway could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
