import { randomBytes } from "crypto";
import { readFileSync } from "fs";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../../shared/db/engine";

/** Set by global-setup: a migrated PGlite data directory dumped once per run (STACK.md). */
export const TEMPLATE_ENV = "CARE_TEST_PGLITE_TEMPLATE";

export interface TestDatabase {
  readonly engine: DatabaseEngine;
  readonly label: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A database of its own for one test file: a PGlite engine loaded from the migrated template, or,
 * with DATABASE_URL, a fresh database on that PostgreSQL server, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== "") {
    const name = `care_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const engine = postgresEngine(withDatabase(serverUrl, name), 10);
    return {
      engine,
      label: "postgres",
      drop: async () => {
        const cleanup = new Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const templatePath = process.env[TEMPLATE_ENV];
  const engine =
    templatePath === undefined
      ? await openEmbeddedEngine()
      : await openEmbeddedEngine({ loadDataDir: new Blob([readFileSync(templatePath)]) });
  return { engine, label: "pglite", drop: () => closeEngine(engine) };
}

export async function dumpTemplate(db: PGlite): Promise<Buffer> {
  const dump = await db.dumpDataDir("none");
  return Buffer.from(await dump.arrayBuffer());
}
