import "reflect-metadata";
import { mkdirSync } from "fs";
import { DataSource } from "typeorm";
import { ConfigError } from "../shared/config";
import { openSubgraphDatabase } from "../shared/db/datasource";
import { closeEngine, openEmbeddedEngine, postgresEngine } from "../shared/db/engine";
import { argument } from "./cli-arguments";
import { generateDemoData } from "./demo-data/generate";
import { loadDemoData } from "./demo-data/load";
import { personCount, truncateDemoTables } from "./demo-data/reset";
import { readStartConfig } from "./platform/start-config";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * `npm run seed -- --persons N [--seed S] [--reset]`: loads a deterministic demo data set into the
 * databases `npm start` uses (DATABASE_URL, or the embedded engine under .data/). A database that
 * already holds persons is refused unless `--reset` empties the demo tables first (two generated
 * sets would share identity numbers). Stop `npm start` first on the embedded engine: PGlite allows
 * one process at a time.
 */
async function main(): Promise<void> {
  const persons = Number(argument("persons") ?? "2000");
  if (!Number.isInteger(persons) || persons < 1) {
    throw new ConfigError("--persons must be a positive whole number");
  }
  const config = readStartConfig();
  const seed = argument("seed") ?? config.demoSeed;
  if (config.databaseUrl === undefined) {
    mkdirSync(config.dataDir, { recursive: true });
  }
  const engine = config.databaseUrl === undefined ? await openEmbeddedEngine({ dataDir: config.dataDir }) : postgresEngine(config.databaseUrl);
  const dataSources = new Map<string, DataSource>();
  for (const { definition } of SUBGRAPHS) {
    dataSources.set(definition.name, (await openSubgraphDatabase(engine, definition.database)).dataSource);
  }
  const household = dataSources.get("household");
  if (household === undefined) {
    throw new ConfigError("No household subgraph");
  }
  const existing = await personCount(household);
  if (existing > 0 && !process.argv.includes("--reset")) {
    throw new ConfigError(`The database already holds ${existing} persons: add --reset to replace the demo data`);
  }
  if (existing > 0) {
    await truncateDemoTables(dataSources);
  }
  const started = Date.now();
  const data = generateDemoData({ persons, seed });
  await loadDemoData(dataSources, data);
  const counts = Object.entries(data).map(([table, rows]) => `${table} ${(rows as unknown[]).length}`);
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.join(", ")}`);
  for (const dataSource of dataSources.values()) {
    await dataSource.destroy();
  }
  await closeEngine(engine);
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
