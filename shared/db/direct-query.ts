import { createHash } from "crypto";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import { ArrayRowsQuery } from "./array-rows-query";

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
export async function directQuery<Row>(dataSource: DataSource, sql: string, parameters: readonly unknown[], options: { readonly prepared?: boolean } = {}): Promise<Row[]> {
  const pool = postgresPoolOf(dataSource);
  if (pool === undefined) {
    return (await dataSource.query(sql, [...parameters])) as Row[];
  }
  const name = options.prepared === true ? statementNameOf(sql) : undefined;
  const query = name === undefined ? { text: sql, values: [...parameters] } : { name, text: sql, values: [...parameters] };
  return reported(dataSource, sql, parameters, async () => (await pool.query(query)).rows as Row[]);
}

/** A statement sent past TypeORM, reported to the DataSource's logger as TypeORM would: before it runs, and its failure. */
async function reported<Result>(dataSource: DataSource, sql: string, parameters: readonly unknown[], run: () => Promise<Result>): Promise<Result> {
  dataSource.logger.logQuery(sql, [...parameters]);
  try {
    return await run();
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, [...parameters]);
    throw error;
  }
}

/**
 * A prepared statement's rows as arrays, in the order of its columns (array-rows-query.ts), for a
 * caller that lays out its own columns (plain-rows.ts). Its columns must have distinct names: on
 * the embedded engine the rows come through TypeORM as objects, read back in column order.
 */
export async function directArrayQuery(dataSource: DataSource, sql: string, parameters: readonly unknown[]): Promise<unknown[][]> {
  const pool = postgresPoolOf(dataSource);
  const name = pool === undefined ? undefined : statementNameOf(sql);
  if (pool === undefined || name === undefined) {
    return (await directQuery<Record<string, unknown>>(dataSource, sql, parameters, { prepared: true })).map((row) => Object.values(row));
  }
  const query = new ArrayRowsQuery(name, sql, parameters);
  // pg-pool answers a submittable with a promise of its end (its types say the submittable).
  await reported(dataSource, sql, parameters, async () => {
    await pool.query(query);
  });
  return query.rowsRead;
}

/** The pg Pool behind a DataSource on a PostgreSQL server; undefined for a given driver (PGlite). Read each time: a re-initialised DataSource has a new pool. */
function postgresPoolOf(dataSource: DataSource): Pool | undefined {
  if ((dataSource.options as { driver?: unknown }).driver !== undefined) {
    return undefined;
  }
  const master = (dataSource.driver as unknown as { master?: Pool }).master;
  return master !== undefined && typeof master.query === "function" ? master : undefined;
}

const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 1_000;

/**
 * A named statement is parsed and planned once per connection, then only bound and executed: for
 * the hot loaders' few, fixed texts (keys as one array parameter) PostgreSQL's parse and plan were
 * a large part of its CPU per read. Named by the text's hash, so equal texts share one name. A
 * text written with values in it would make a name per value, held by every connection: past
 * MAX_NAMED_STATEMENTS texts, new ones run unnamed.
 */
function statementNameOf(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_NAMED_STATEMENTS) {
      return undefined;
    }
    name = `care_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}
