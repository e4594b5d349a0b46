import { PGlite, types } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Where the subgraphs' data lives (D5): one embedded PGlite engine shared by the subgraphs of a
 * process, each in its own schema, or a PostgreSQL server reached by URL. Both return DATE columns
 * as 'YYYY-MM-DD' strings: a date on a form has no time zone.
 */
export type DatabaseEngine =
  | { readonly kind: "pglite"; readonly db: PGlite }
  | { readonly kind: "postgres"; readonly url: string; readonly poolSize: number };

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

const PGLITE_PARSERS = { [types.DATE]: (value: string) => value };

export interface EmbeddedEngineOptions {
  /** A folder to persist to; in memory when absent. */
  readonly dataDir?: string;
  /** A dump made by `dumpDataDir()`, to start from a migrated template instead of running initdb. */
  readonly loadDataDir?: Blob;
}

export async function openEmbeddedEngine(options: EmbeddedEngineOptions = {}): Promise<DatabaseEngine> {
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: PGLITE_PARSERS,
  });
  return { kind: "pglite", db };
}

export function postgresEngine(url: string, poolSize = 10): DatabaseEngine {
  return { kind: "postgres", url, poolSize };
}

export async function closeEngine(engine: DatabaseEngine): Promise<void> {
  if (engine.kind === "pglite" && !engine.db.closed) {
    await engine.db.close();
  }
}
