import { types } from "util";
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

/** SQLSTATEs of a server that is shutting down, starting up or gone (classes 57P and 08), and the socket's own codes. */
const CONNECTION_LOST_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);
/** node-postgres reports a closed socket by message only. */
const CONNECTION_LOST_MESSAGES = [/^Connection terminated/, /not queryable/, /^timeout exceeded when trying to connect/];

/**
 * An error of any realm: node's own socket errors (pg-pool's ECONNREFUSED, which typeorm does not
 * wrap) are made in node's realm, so under jest's VM modules they fail `instanceof Error`, and
 * graphql-js then wraps the thrown value in its NonErrorThrown (the value kept as `thrownValue`).
 */
function errorOf(value: unknown): Error | undefined {
  const thrown = value instanceof Error && value.name === "NonErrorThrown" ? (value as { thrownValue?: unknown }).thrownValue : value;
  return thrown instanceof Error || types.isNativeError(thrown) ? thrown : undefined;
}

/** Whether a statement failed because the database could not be reached, not because of what it asked. */
export function isConnectionLost(value: unknown): boolean {
  const error = errorOf(value);
  if (error === undefined) {
    return false;
  }
  const code = sqlStateOf(error) ?? sqlStateOf((error as { driverError?: unknown }).driverError);
  return (code !== undefined && CONNECTION_LOST_CODES.has(code)) || CONNECTION_LOST_MESSAGES.some((pattern) => pattern.test(error.message));
}
