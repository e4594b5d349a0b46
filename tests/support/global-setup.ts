import "reflect-metadata";
import { writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { closeEngine, openEmbeddedEngine } from "../../shared/db/engine";
import { dumpTemplate, TEMPLATE_ENV } from "./database";

/**
 * Runs once per test run. The console is built when stale. On PGlite, initdb and the migrations cost seconds, so they run once
 * here and every test file loads the dumped, migrated directory. On PostgreSQL each file creates
 * its own database and migrates it (fast there).
 */
export default async function globalSetup(): Promise<void> {
  // The console's browser tests run in parallel workers: one build here, before them, rather than
  // one per file racing to write web/dist.
  ensureConsoleBuilt((line) => process.stderr.write(`${line}\n`));
  if (process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== "") {
    return;
  }
  const engine = await openEmbeddedEngine();
  if (engine.kind !== "pglite") {
    return;
  }
  for (const { definition } of SUBGRAPHS) {
    const database = await openSubgraphDatabase(engine, definition.database);
    await database.dataSource.destroy();
  }
  const path = join(tmpdir(), `care-platform-template-${process.pid}.tar`);
  writeFileSync(path, await dumpTemplate(engine.db));
  await closeEngine(engine);
  process.env[TEMPLATE_ENV] = path;
}
