import { EventEmitter } from "events";
import type { PGlite, Results } from "@electric-sql/pglite";

/**
 * A `pg`-shaped driver over one embedded PGlite engine, handed to TypeORM as `driver`.
 *
 * PGlite has a single session, so a "connection" here is the exclusive right to use it: `connect()`
 * waits until the previous holder releases. That keeps a transaction's statements together when
 * several subgraphs share the engine in one process (typeorm-pglite and pglite-socket interleave
 * concurrent statements, which breaks transactions and unnamed prepared statements).
 */
export interface PgShapedResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

type ConnectCallback = (error: Error | null, client: PGliteClient | null, release: (error?: unknown) => void) => void;

class SessionLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const granted = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return granted;
  }
}

function commandOf(sql: string): string {
  const match = /^\s*(?:--[^\n]*\n\s*)*([A-Za-z]+)/.exec(sql);
  return match === null ? "" : match[1].toUpperCase();
}

function toPgShape(sql: string, result: Results | undefined): PgShapedResult {
  const rows = result?.rows ?? [];
  const command = commandOf(sql);
  const affected = result?.affectedRows;
  return {
    rows,
    rowCount: affected !== undefined && command !== "SELECT" ? affected : rows.length,
    command,
    fields: (result?.fields ?? []).map((field) => ({ name: field.name, dataTypeID: field.dataTypeID })),
  };
}

async function run(db: PGlite, sql: string, parameters?: unknown[]): Promise<PgShapedResult> {
  if (parameters !== undefined && parameters.length > 0) {
    return toPgShape(sql, await db.query(sql, parameters));
  }
  // exec runs several statements (migrations); TypeORM wants the last statement's result.
  const results = await db.exec(sql);
  return toPgShape(sql, results[results.length - 1]);
}

class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(sql: string | { text: string; values?: unknown[] }, parameters?: unknown[]): Promise<PgShapedResult> {
    if (typeof sql === "object") {
      return run(this.db, sql.text, sql.values);
    }
    return run(this.db, sql, parameters);
  }
}

/** One lock per engine: every subgraph's DataSource on the same engine shares its one session. */
const locks = new WeakMap<PGlite, SessionLock>();

function lockOf(db: PGlite): SessionLock {
  let lock = locks.get(db);
  if (lock === undefined) {
    lock = new SessionLock();
    locks.set(db, lock);
  }
  return lock;
}

/** Returns a module-like object with a `Pool` class bound to `db`, for TypeORM's `driver` option. */
export function pgliteDriverFor(db: PGlite): { Pool: new () => EventEmitter } {
  const lock = lockOf(db);

  class PGlitePool extends EventEmitter {
    /** TypeORM only uses the callback form; the session is held until `release` is called. */
    connect(callback: ConnectCallback): void {
      const client = new PGliteClient(db);
      lock.acquire().then(
        (unlock) => {
          let released = false;
          callback(null, client, () => {
            if (!released) {
              released = true;
              unlock();
            }
          });
        },
        (error: Error) => callback(error, null, () => undefined),
      );
    }

    async query(sql: string, parameters?: unknown[]): Promise<PgShapedResult> {
      const unlock = await lock.acquire();
      try {
        return await run(db, sql, parameters);
      } finally {
        unlock();
      }
    }

    /** The engine belongs to whoever opened it; closing one DataSource must not close it for the others. */
    end(callback?: (error: Error | null) => void): void {
      callback?.(null);
    }
  }

  return { Pool: PGlitePool };
}
