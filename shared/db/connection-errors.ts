import type { Pool, PoolClient } from "pg";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger";

function sqlStateOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/**
 * Issue #14 (tests/faults/postgres-restarted.test.ts): when PostgreSQL shuts down, every session
 * gets a FATAL 57P01, and a pooled connection that is checked out but between statements has
 * then no `error` listener of pg-pool's (it removes its own on checkout) and sometimes none of
 * typeorm's: node's unhandled `error` event ended the whole subgraph process. Every connection
 * gets a listener of its own, once, at its first checkout; the connection is dead either way (pg
 * marks it unqueryable, so the pool drops it on release) and the next checkout opens a new one.
 * Logged by error class and SQLSTATE only: a driver message may quote SQL.
 */
export function keepConnectionErrorsFromCrashing(dataSource: DataSource, log?: Logger): void {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (pool === undefined) {
    return;
  }
  const guarded = new WeakSet<PoolClient>();
  pool.on("acquire", (client) => {
    if (guarded.has(client)) {
      return;
    }
    guarded.add(client);
    client.on("error", (error) => {
      log?.warn({ errorKind: error.name, sqlState: sqlStateOf(error) }, "database connection lost; the pool opens a new one");
    });
  });
}
