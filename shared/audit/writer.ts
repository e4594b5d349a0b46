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

/**
 * Rows per INSERT. The rows travel as one array per column (insertRows), so PostgreSQL's bind limit
 * no longer bounds a statement; this keeps one message to a few megabytes when a large export's
 * reads are appended at once.
 */
const ROWS_PER_INSERT = 5_000;

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
      const inserted = await insertRows((sql, parameters) => directQuery(dataSource, sql, parameters, { prepared: true }), table, rows, lockKeyOf(schema));
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
 * The rows as one array per column, unnested into rows by PostgreSQL (issue #13). A multi-row
 * VALUES bound 14 parameters per row: a page of 50 unified views appended 150 rows in one
 * statement of 2,101 parameters, whose text differed with the row count, so it was parsed and
 * planned on every append, and its parse, bind and execution were ~40 % of PostgreSQL's time for
 * the page. Fourteen arrays make one text per table: a named statement, planned once per
 * connection. A row's fields (text[]) travel as an array literal, cast back per row, because
 * PostgreSQL's arrays are rectangular and rows read different numbers of fields.
 */
const ROWS = `SELECT "row"."id", "row"."read_at", "row"."subject", "row"."role", "row"."org", "row"."person_id", "row"."entity_type", "row"."entity_id", "row"."fields"::text[], "row"."operation_name", "row"."purpose", "row"."operation_id", "row"."prev_hash", "row"."hash"
       FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
         AS "row" (${COLUMNS})`;

/** A statement's runner: straight to the pool (the fast path, one statement) or the locked path's transaction. */
type RunStatement = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

/**
 * One INSERT of the rows. With `tryLock` the rows go in only if the statement gets the writers'
 * advisory lock; returns whether they did.
 */
async function insertRows(run: RunStatement, table: string, rows: readonly ChainedRow[], tryLock?: string): Promise<boolean> {
  const parameters: unknown[] = columnsOf(rows);
  if (tryLock === undefined) {
    await run(`INSERT INTO ${table} (${COLUMNS}) OVERRIDING SYSTEM VALUE ${ROWS}`, parameters);
    return true;
  }
  parameters.push(tryLock);
  const inserted = await run(
    `WITH "writer" AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(hashtext($15)) AS "locked")
     INSERT INTO ${table} (${COLUMNS}) OVERRIDING SYSTEM VALUE
     ${ROWS}, "writer" WHERE "writer"."locked"
     RETURNING "id"`,
    parameters,
  );
  return inserted.length > 0;
}

/**
 * The fourteen column arrays of ROWS, in its order, each written here as one array literal: pg's
 * own array serialiser escapes every element with two regular expressions, ~4 % of a subgraph's
 * CPU on a page of 50 (issue #13). Values this module made (ids, timestamps, hashes) and the person
 * id normaliseEntry checked are bare; every other text is quoted, so no value can add an element.
 */
function columnsOf(rows: readonly ChainedRow[]): string[] {
  const columns: string[][] = Array.from({ length: 14 }, () => new Array<string>(rows.length));
  rows.forEach((row, index) => {
    const { content } = row;
    columns[0][index] = content.id;
    columns[1][index] = content.readAt.toISOString();
    columns[2][index] = elementOf(content.subject);
    columns[3][index] = elementOf(content.role);
    columns[4][index] = elementOf(content.org);
    columns[5][index] = content.personId ?? "NULL";
    columns[6][index] = elementOf(content.entityType);
    columns[7][index] = elementOf(content.entityId);
    columns[8][index] = elementOf(arrayLiteralOf(content.fields));
    columns[9][index] = elementOf(content.operationName);
    columns[10][index] = elementOf(content.purpose);
    columns[11][index] = elementOf(content.operationId ?? null);
    columns[12][index] = row.prevHash;
    columns[13][index] = row.hash;
  });
  return columns.map((column) => `{${column.join(",")}}`);
}

const ESCAPED = /[\\"]/g;

/** One element of an array literal: NULL, or the value quoted, its backslashes and quotes escaped. */
function elementOf(value: string | null): string {
  if (value === null) {
    return "NULL";
  }
  // Most values have neither (names of fields and types, ids, roles): no regular expression for them.
  return value.includes('"') || value.includes("\\") ? `"${value.replace(ESCAPED, "\\$&")}"` : `"${value}"`;
}

/** A text[] literal of `values`, every element quoted: `{"a","b \"c\""}`. */
function arrayLiteralOf(values: readonly string[]): string {
  return `{${values.map(elementOf).join(",")}}`;
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
