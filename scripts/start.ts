import "reflect-metadata";
import { mkdirSync } from "fs";
import { readOverloadConfig } from "../gateway/config";
import { readCheckpointConfig } from "../shared/audit/checkpoint-config";
import { ConfigError } from "../shared/config";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../shared/db/engine";
import { ensureConsoleBuilt } from "./platform/console-build";
import { startConsoleServer } from "./platform/console-server";
import { runPlatform } from "./platform/run-platform";
import { seedIfEmpty } from "./platform/seed-if-empty";
import { readStartConfig } from "./platform/start-config";

/**
 * `npm start`: every subgraph and the gateway in one process (D7), on the embedded database
 * persisted under .data/ (or DATABASE_URL), with demo data on the first start.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = readStartConfig();
  let engine: DatabaseEngine;
  if (config.databaseUrl !== undefined) {
    engine = postgresEngine(config.databaseUrl);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    engine = await openEmbeddedEngine({ dataDir: config.dataDir });
  }
  const platform = await runPlatform({
    engine,
    gatewayPort: config.gatewayPort,
    subgraphPort: (agency) => {
      const port = config.subgraphPorts[agency.name];
      if (port === undefined) {
        throw new ConfigError(`No port for subgraph ${agency.name}`);
      }
      return port;
    },
    host: "0.0.0.0",
    enforcePolicy: config.enforcePolicy,
    // Started below, after the demo seed: it replays past days on the platform's clock (issue #8).
    jobs: "manual",
    checkpoints: readCheckpointConfig(config.developmentCheckpoints),
    overload: readOverloadConfig(),
  });
  if (!config.enforcePolicy) {
    console.warn("WARNING: UNSAFE_DISABLE_POLICY is set: no access policy and no audit log. Benchmarks only.");
  }
  const seeded = await seedIfEmpty(platform, config.demoPersons, config.demoSeed);
  for (const subgraph of platform.subgraphs.values()) {
    subgraph.startJobs();
  }
  ensureConsoleBuilt((line) => console.log(line));
  const consoleServer = await startConsoleServer({ port: config.consolePort, host: "0.0.0.0", gatewayUrl: `http://127.0.0.1:${platform.gateway.port}` });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const database = config.databaseUrl === undefined ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`
Care platform ready in ${seconds} s on ${database}${seeded.persons > 0 ? `, ${seeded.persons} demo persons loaded` : ""}.${
    seeded.recentWork === null ? "" : `\n  Demo work of the last two weeks: ${seeded.recentWork.cases} cases, ${seeded.recentWork.ledgers} ledgers; see README "The demo's inboxes".`
  }

  Console:         http://localhost:${consoleServer.port}/  (development sign-in: pick a role and an office)
  Apollo Sandbox:  http://localhost:${platform.gateway.port}/graphql
  Gateway health:  http://localhost:${platform.gateway.port}/health
  Subgraphs:       ${[...platform.subgraphs.values()].map((subgraph) => `${subgraph.name} :${subgraph.port}`).join(", ")}

  Tokens, one per role:   npm run token -- --all
  One role and district:  npm run token -- --role DISTRICT_CASE_OFFICER --org zhongzheng
  In Sandbox, set the headers  Authorization: Bearer <token>
                               x-purpose: <why you read> (persons searches need it)
`);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    await consoleServer.close();
    await platform.stop();
    await closeEngine(engine);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error("The platform could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
