import type { DataSource } from "typeorm";
import { GENESIS_HASH, hashRow } from "./chain";
import { auditTableOf, contentOf, StoredAuditRow } from "./table";

export type AuditProblemKind = "changed" | "removed" | "reordered";

export interface AuditProblem {
  /** The row at which the problem shows: the changed row, or the first row after a removal. */
  readonly id: string;
  readonly kind: AuditProblemKind;
}

export interface AuditVerification {
  readonly rows: number;
  readonly ok: boolean;
  readonly problems: AuditProblem[];
}

type StoredRow = StoredAuditRow;

/** Rows per query: the table grows with every read of personal data, so it is never loaded whole. */
export const VERIFY_PAGE_SIZE = 5000;
/** How far back a misplaced link is still recognised as pointing at an earlier row. */
const RECENT_HASHES = 10_000;

/**
 * Recomputes an agency's chain in id order (issue #4, `npm run audit:verify`):
 * - a row whose hash does not match its own content was **changed**;
 * - a row whose prev_hash is not the previous row's hash, or whose id does not follow the previous
 *   id (the writer assigns ids densely, so a gap is never innocent), follows a **removed** row —
 *   this includes removals at the start of the chain;
 * - a row whose prev_hash is the hash of an earlier, non-adjacent row was **reordered** (or written
 *   by something that bypassed the writer's lock).
 * Limit: removing the newest rows leaves a valid, shorter chain; catching that needs the head hash
 * kept somewhere else.
 */
export async function verifyAuditChain(dataSource: DataSource, schema: string): Promise<AuditVerification> {
  const table = auditTableOf(schema);
  const problems: AuditProblem[] = [];
  const recent = new Set<string>();
  let previousHash = GENESIS_HASH;
  let previousId = 0n;
  let rows = 0;
  for (;;) {
    // Keyset paging on the bigint column ("log"."id": the bare name would be the text alias).
    const page = (await dataSource.query(
      `SELECT "id"::text AS "id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields",
              "operation_name", "purpose", "operation_id", "prev_hash", "hash"
         FROM ${table} AS "log" WHERE "log"."id" > $1::bigint ORDER BY "log"."id" LIMIT ${VERIFY_PAGE_SIZE}`,
      [previousId.toString()],
    )) as StoredRow[];
    for (const row of page) {
      rows += 1;
      const id = BigInt(row.id);
      const expected = hashRow(row.prev_hash, contentOf(row));
      if (row.prev_hash !== previousHash) {
        problems.push({ id: row.id, kind: recent.has(row.prev_hash) ? "reordered" : "removed" });
      } else if (id !== previousId + 1n) {
        problems.push({ id: row.id, kind: "removed" });
      }
      if (expected !== row.hash) {
        problems.push({ id: row.id, kind: "changed" });
      }
      // Link the next row to the stored hash, not the recomputed one: one changed row is then
      // reported once, not as a break of every row after it.
      remember(recent, previousHash);
      previousHash = row.hash;
      previousId = id;
    }
    if (page.length < VERIFY_PAGE_SIZE) {
      break;
    }
  }
  return { rows, ok: problems.length === 0, problems };
}

function remember(recent: Set<string>, hash: string): void {
  recent.add(hash);
  if (recent.size > RECENT_HASHES) {
    // Sets iterate in insertion order: the first value is the oldest.
    const oldest = recent.values().next();
    if (oldest.done !== true) {
      recent.delete(oldest.value);
    }
  }
}

/** False until the subgraph's migrations have created the table (the verify script says so instead of failing). */
export async function auditLogExists(dataSource: DataSource, schema: string): Promise<boolean> {
  const rows = (await dataSource.query("SELECT to_regclass($1) IS NOT NULL AS \"exists\"", [auditTableOf(schema)])) as { exists: boolean }[];
  return rows.length > 0 && rows[0].exists === true;
}
