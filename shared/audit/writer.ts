import type { DataSource, EntityManager } from "typeorm";
import { directQuery } from "../db/direct-query";
import { isUniqueViolation } from "../db/unique-violation";
import { isUuid } from "../graphql/ids";
import { ChainedRowContent, GENESIS_HASH, hashRow } from "./chain";
import type { AuditEntryInput } from "./collector";
import { auditTableOf } from "./table";

/** Who read, when and why: the same for every row of one request. */
export interface AuditHeader {
  readonly subject: string;
  readonly role: string;
  readonly org: string;
  readonly operationName: string | null;
  readonly purpose: string | null;
  readonly readAt: Date;
  /** Issue #11: the id of the operation the gateway ran (the trusted document's sha256), when it said. */
  readonly operationId?: string | null;
}

export interface AppendResult {
  readonly count: number;
  /** The chain's head after the append (null when nothing was appended). */
  readonly lastHash: string | null;
}

/** Every column is bound per row: one statement may carry the rows of several requests (queue.ts). */
const ROW_PARAMETERS = 14;
/**
 * PostgreSQL's bind limit is 65,535 parameters (the fast path binds one more, its lock key): rows
 * beyond this go in a second INSERT of the same transaction. Derived, so a new column cannot
 * push a full INSERT past the limit (issue #11's operation id did).
 */
const ROWS_PER_INSERT = Math.floor((65_535 - 1) / ROW_PARAMETERS);

interface ChainHead {
  id: string;
  hash: string;
}

/**
 * Appends one request's records of use to the agency's chain (issue #4), never one statement per
 * field.
 *
 * The fast path is ONE statement: this process remembers the chain's head (id, hash) and inserts
 * the rows that follow it. Ids are dense and rows are never removed (triggers), so the insert can
 * only succeed if that head was still the last row: another writer — a concurrent request, or a
 * replica in another process — makes it fail on the primary key, and then the locked path runs.
 *
 * The locked path is one transaction: a transaction-scoped advisory lock serialises writers of the
 * schema, the last row is read under it, ids and hashes are computed here, and the rows inserted;
 * the lock is released at commit, after the rows are visible. An advisory lock rather than
 * `LOCK TABLE … SHARE ROW EXCLUSIVE` because it needs no privilege: an append-only table should be
 * granted INSERT and SELECT only. On PGlite the driver already serialises sessions.
 *
 * Ids are assigned here (last id + 1, …) rather than by the identity sequence: a sequence leaves
 * gaps after a rollback or a crash, and a gap must mean a removed row for `audit:verify`.
 */
export function appendAuditEntries(
  dataSource: DataSource,
  schema: string,
  header: AuditHeader,
  entries: readonly AuditEntryInput[],
): Promise<AppendResult> {
  return appendAuditBatch(dataSource, schema, [{ header, entries }]);
}

/** One request's records of use: who read (the header) and what. */
export interface AuditAppend {
  readonly header: AuditHeader;
  readonly entries: readonly AuditEntryInput[];
}

/** Appends the records of one or more requests, in order, as one link of the chain after another. */
export async function appendAuditBatch(dataSource: DataSource, schema: string, appends: readonly AuditAppend[]): Promise<AppendResult> {
  const table = auditTableOf(schema);
  const items = appends.flatMap((append) => append.entries.map((entry) => ({ header: append.header, entry: normaliseEntry(entry) })));
  if (items.length === 0) {
    return { count: 0, lastHash: null };
  }
  const heads = headsOf(dataSource);
  const known = heads.get(schema);
  if (known !== undefined && items.length <= ROWS_PER_INSERT) {
    const rows = chain(known, items);
    try {
      // The statement takes the writers' lock if it is free (else inserts nothing), so a writer on
      // the locked path is never overtaken between reading the head and inserting.
      const inserted = await insertRows((sql, parameters) => directQuery(dataSource, sql, parameters), table, rows, lockKeyOf(schema));
      if (inserted) {
        heads.set(schema, lastOf(rows));
        return { count: rows.length, lastHash: lastOf(rows).hash };
      }
    } catch (error) {
      if (!isUniqueViolation(error)) {
        throw error;
      }
    }
    heads.delete(schema);
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      const rows = await dataSource.transaction(async (manager) => {
        await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lockKeyOf(schema)]);
        const chained = chain(await chainHead(manager, table), items);
        for (let start = 0; start < chained.length; start += ROWS_PER_INSERT) {
          await insertRows((sql, parameters) => manager.query(sql, parameters) as Promise<unknown[]>, table, chained.slice(start, start + ROWS_PER_INSERT));
        }
        return chained;
      });
      heads.set(schema, lastOf(rows));
      return { count: rows.length, lastHash: lastOf(rows).hash };
    } catch (error) {
      // Another process's writer on the fast path may have claimed the next id meanwhile.
      if (!isUniqueViolation(error) || attempt >= LOCKED_ATTEMPTS) {
        throw error;
      }
    }
  }
}

const LOCKED_ATTEMPTS = 5;

/** The last chain head this process wrote or read, per DataSource and schema. */
const knownHeads = new WeakMap<DataSource, Map<string, ChainHead>>();

function headsOf(dataSource: DataSource): Map<string, ChainHead> {
  let heads = knownHeads.get(dataSource);
  if (heads === undefined) {
    heads = new Map();
    knownHeads.set(dataSource, heads);
  }
  return heads;
}

interface ChainedRow {
  content: ChainedRowContent;
  prevHash: string;
  hash: string;
}

function chain(head: ChainHead, items: readonly { header: AuditHeader; entry: ReturnType<typeof normaliseEntry> }[]): ChainedRow[] {
  let previousHash = head.hash;
  let previousId = BigInt(head.id);
  return items.map(({ header, entry }) => {
    previousId += 1n;
    const content: ChainedRowContent = { ...header, ...entry, id: previousId.toString() };
    const hash = hashRow(previousHash, content);
    const row = { content, prevHash: previousHash, hash };
    previousHash = hash;
    return row;
  });
}

function lastOf(rows: readonly ChainedRow[]): ChainHead {
  const last = rows[rows.length - 1];
  return { id: last.content.id, hash: last.hash };
}

function lockKeyOf(schema: string): string {
  return `${schema}.audit_log`;
}

const COLUMNS = `"id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields", "operation_name", "purpose", "operation_id", "prev_hash", "hash"`;

/**
 * One multi-row INSERT: header values bound once, each row adds only what differs. With `tryLock`
 * the rows go in only if the statement gets the writers' advisory lock; returns whether they did.
 */
/** A statement's runner: straight to the pool (the fast path, one statement) or the locked path's transaction. */
type RunStatement = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

async function insertRows(run: RunStatement, table: string, rows: readonly ChainedRow[], tryLock?: string): Promise<boolean> {
  const parameters: unknown[] = [];
  const tuples = rows.map((row, index) => {
    const p = index * ROW_PARAMETERS;
    const { content } = row;
    parameters.push(
      content.id, content.readAt.toISOString(), content.subject, content.role, content.org, content.personId, content.entityType,
      content.entityId, [...content.fields], content.operationName, content.purpose,
      content.operationId ?? null, row.prevHash, row.hash,
    );
    return `($${p + 1}::bigint, $${p + 2}::timestamptz, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::uuid, $${p + 7}, $${p + 8}, $${p + 9}::text[], $${p + 10}, $${p + 11}, $${p + 12}, $${p + 13}, $${p + 14})`;
  });
  if (tryLock === undefined) {
    await run(`INSERT INTO ${table} (${COLUMNS}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(", ")}`, parameters);
    return true;
  }
  parameters.push(tryLock);
  const inserted = await run(
    `WITH "writer" AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(hashtext($${parameters.length})) AS "locked")
     INSERT INTO ${table} (${COLUMNS}) OVERRIDING SYSTEM VALUE
     SELECT "row".* FROM (VALUES ${tuples.join(", ")}) AS "row" (${COLUMNS}), "writer" WHERE "writer"."locked"
     RETURNING "id"`,
    parameters,
  );
  return inserted.length > 0;
}

/** The qualified column orders as bigint; the bare name would be the text alias ("9" after "10"). */
async function chainHead(manager: EntityManager, table: string): Promise<ChainHead> {
  const rows = (await manager.query(`SELECT "log"."id"::text AS "id", "log"."hash" FROM ${table} AS "log" ORDER BY "log"."id" DESC LIMIT 1`)) as ChainHead[];
  return rows.length === 0 ? { id: "0", hash: GENESIS_HASH } : rows[0];
}

/**
 * The hash covers the values as they will be read back: PostgreSQL prints a uuid in lower case,
 * and fields are stored sorted and distinct, so normalise before hashing or verify would call an
 * untouched row changed.
 */
export function normaliseEntry(entry: AuditEntryInput): Pick<ChainedRowContent, "personId" | "entityType" | "entityId" | "fields"> {
  if (entry.personId !== null && !isUuid(entry.personId)) {
    throw new Error("Audit entry personId is not a UUID");
  }
  if (entry.fields.length === 0) {
    throw new Error("Audit entry without fields");
  }
  return {
    personId: entry.personId === null ? null : entry.personId.toLowerCase(),
    entityType: entry.entityType,
    entityId: entry.entityId,
    fields: [...new Set(entry.fields)].sort(),
  };
}
