import "reflect-metadata";
import { randomBytes } from "crypto";
import { writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../../shared/db/engine";
import { dumpTemplate, onServer, POSTGRES_TEMPLATE_ENV, TEMPLATE_ENV, withDatabase } from "./database";

/** Every subgraph's migrations, from an empty database: the one place a test run migrates from scratch. */
async function migrateEverySubgraph(engine: DatabaseEngine): Promise<void> {
  for (const { definition } of SUBGRAPHS) {
    const database = await openSubgraphDatabase(engine, definition.database);
    await database.dataSource.destroy();
  }
}

/** A migrated database on the server; each test file copies it (CREATE DATABASE … TEMPLATE). */
async function createPostgresTemplate(serverUrl: string): Promise<string> {
  const name = `care_test_template_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const engine = postgresEngine(withDatabase(serverUrl, name), 2);
  try {
    await migrateEverySubgraph(engine);
  } finally {
    await closeEngine(engine);
  }
  return name;
}


/**
 * Runs once per test run. The console is built when stale. Initdb and the migrations cost seconds, so
 * they run once here: on PGlite every test file loads the dumped, migrated directory; on PostgreSQL
 * every test file copies a migrated template database.
 */
export default async function globalSetup(): Promise<void> {
  // The console's browser tests run in parallel workers: one build here, before them, rather than
  // one per file racing to write web/dist.
  ensureConsoleBuilt((line) => process.stderr.write(`${line}\n`));
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== "") {
    process.env[POSTGRES_TEMPLATE_ENV] = await createPostgresTemplate(serverUrl);
    return;
  }
  const engine = await openEmbeddedEngine();
  if (engine.kind !== "pglite") {
    return;
  }
  await migrateEverySubgraph(engine);
  // Every test file loads this dump (~2 s of its fixed cost): without initdb's template0 and template1,
  // which a PGlite test never copies (one database, no CREATE DATABASE), it is 25 MB instead of 48.
  await engine.db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
  await engine.db.exec("DROP DATABASE template0");
  await engine.db.exec("DROP DATABASE template1");
  await engine.db.exec("CHECKPOINT");
  const path = join(tmpdir(), `care-platform-template-${process.pid}.tar`);
  writeFileSync(path, await dumpTemplate(engine.db));
  await closeEngine(engine);
  process.env[TEMPLATE_ENV] = path;
}
