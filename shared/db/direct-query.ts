import type { Pool } from "pg";
import type { DataSource } from "typeorm";

/**
 * Issue #13: one statement on the request path straight to node-postgres' pool. TypeORM's
 * `DataSource.query` makes a query runner per call (checkout, broadcaster events, release through
 * its own callbacks): the unified view's profile put ~2% of the platform's CPU there, for the
 * hot loaders' reads (plain-rows.ts) and the audit append. The statement is still reported to the
 * DataSource's logger (shared/db/query-counter.ts counts it for the N+1 tests and logs a failure by
 * SQLSTATE only), and a failure is pg's own error, which isConnectionLost and isUniqueViolation
 * read as they read TypeORM's. On the embedded engine (PGlite's pg-shaped driver, one session
 * shared by every subgraph of the process) the statement goes through TypeORM as before.
 */
export async function directQuery<Row>(dataSource: DataSource, sql: string, parameters: readonly unknown[]): Promise<Row[]> {
  const pool = postgresPoolOf(dataSource);
  if (pool === undefined) {
    return (await dataSource.query(sql, [...parameters])) as Row[];
  }
  dataSource.logger.logQuery(sql, [...parameters]);
  try {
    return (await pool.query(sql, [...parameters])).rows as Row[];
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, [...parameters]);
    throw error;
  }
}

/** The pg Pool behind a DataSource on a PostgreSQL server; undefined for a given driver (PGlite). Read each time: a re-initialised DataSource has a new pool. */
function postgresPoolOf(dataSource: DataSource): Pool | undefined {
  if ((dataSource.options as { driver?: unknown }).driver !== undefined) {
    return undefined;
  }
  const master = (dataSource.driver as unknown as { master?: Pool }).master;
  return master !== undefined && typeof master.query === "function" ? master : undefined;
}
