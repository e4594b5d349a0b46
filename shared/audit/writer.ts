import type { DataSource, EntityManager } from "typeorm";
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
}

export interface AppendResult {
  readonly count: number;
  /** The chain's head after the append (null when nothing was appended). */
  readonly lastHash: string | null;
}

/** Header values are bound once per statement; each row adds only what differs between rows. */
const HEADER_PARAMETERS = 6;
const ROW_PARAMETERS = 7;
/** PostgreSQL's bind limit is 65,535 parameters; rows beyond this go in a second INSERT of the same transaction. */
const ROWS_PER_INSERT = 5000;

interface ChainHead {
  id: string;
  hash: string;
}

/**
 * Appends one request's records of use to the agency's chain (issue #4): one transaction, one
 * round trip per statement, never one per field.
 *
 * Writers of one schema are serialised by a transaction-scoped advisory lock: under it the last
 * row is read, ids and hashes are computed here, and the rows inserted; the lock is released at
 * commit, after the rows are visible, so the next writer reads them. An advisory lock rather than
 * `LOCK TABLE … SHARE ROW EXCLUSIVE` because it needs no privilege: an append-only table should be
 * granted INSERT and SELECT only, and PostgreSQL 15 wants UPDATE/DELETE/TRUNCATE for that lock mode.
 * On PGlite the driver already serialises sessions; the lock is then uncontended but harmless.
 *
 * Ids are assigned here (last id + 1, …) rather than by the identity sequence: a sequence leaves
 * gaps after a rollback or a crash, and a gap must mean a removed row for `audit:verify`.
 */
export async function appendAuditEntries(
  dataSource: DataSource,
  schema: string,
  header: AuditHeader,
  entries: readonly AuditEntryInput[],
): Promise<AppendResult> {
  const table = auditTableOf(schema);
  if (entries.length === 0) {
    return { count: 0, lastHash: null };
  }
  const normalised = entries.map(normaliseEntry);
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`${schema}.audit_log`]);
    const head = await chainHead(manager, table);
    let previousHash = head.hash;
    let previousId = BigInt(head.id);
    const rows: { content: ChainedRowContent; prevHash: string; hash: string }[] = [];
    for (const entry of normalised) {
      previousId += 1n;
      const content: ChainedRowContent = { ...header, ...entry, id: previousId.toString() };
      const hash = hashRow(previousHash, content);
      rows.push({ content, prevHash: previousHash, hash });
      previousHash = hash;
    }
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + ROWS_PER_INSERT);
      const parameters: unknown[] = [header.readAt.toISOString(), header.subject, header.role, header.org, header.operationName, header.purpose];
      const tuples = chunk.map((row, index) => {
        const p = HEADER_PARAMETERS + index * ROW_PARAMETERS;
        parameters.push(row.content.id, row.content.personId, row.content.entityType, row.content.entityId, [...row.content.fields], row.prevHash, row.hash);
        return `($${p + 1}::bigint, $1::timestamptz, $2, $3, $4, $${p + 2}::uuid, $${p + 3}, $${p + 4}, $${p + 5}::text[], $5, $6, $${p + 6}, $${p + 7})`;
      });
      await manager.query(
        `INSERT INTO ${table} ("id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields", "operation_name", "purpose", "prev_hash", "hash")
         OVERRIDING SYSTEM VALUE VALUES ${tuples.join(", ")}`,
        parameters,
      );
    }
    return { count: rows.length, lastHash: previousHash };
  });
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
function normaliseEntry(entry: AuditEntryInput): Pick<ChainedRowContent, "personId" | "entityType" | "entityId" | "fields"> {
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
