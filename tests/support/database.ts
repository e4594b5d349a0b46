import { randomBytes } from "crypto";
import { readFileSync } from "fs";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../../shared/db/engine";

/** Set by global-setup: a migrated PGlite data directory dumped once per run (STACK.md). */
export const TEMPLATE_ENV = "CARE_TEST_PGLITE_TEMPLATE";
/** Set by global-setup with DATABASE_URL: a migrated database on that server, copied for each test file. */
export const POSTGRES_TEMPLATE_ENV = "CARE_TEST_POSTGRES_TEMPLATE";

export interface TestDatabase {
  readonly engine: DatabaseEngine;
  readonly label: string;
  drop(): Promise<void>;
}

/** One statement on the server's maintenance connection (CREATE / DROP DATABASE). */
export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export function dropPostgresTemplate(serverUrl: string, name: string): Promise<void> {
  return onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A database of its own for one test file: a PGlite engine loaded from the migrated template, or,
 * with DATABASE_URL, a copy of the migrated template database on that PostgreSQL server, dropped
 * afterwards. Copying costs a fraction of migrating seven schemas in every file (CI's budget).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== "") {
    const name = `care_test_${randomBytes(6).toString("hex")}`;
    const template = process.env[POSTGRES_TEMPLATE_ENV];
    await onServer(serverUrl, template === undefined ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
    const engine = postgresEngine(withDatabase(serverUrl, name), 10);
    return {
      engine,
      label: "postgres",
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
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
