import { hash } from "crypto";

/** The prev_hash of the first row of every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** The content of an audit row that its hash covers: every column but `prev_hash` and `hash`. */
export interface ChainedRowContent {
  /** bigint as a decimal string (pg returns int8 as a string; JS numbers stop at 2^53). */
  readonly id: string;
  readonly readAt: Date;
  readonly subject: string;
  readonly role: string;
  readonly org: string;
  readonly personId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly fields: readonly string[];
  readonly operationName: string | null;
  readonly purpose: string | null;
  /** Issue #11: the operation's id (the trusted document's sha256); absent on rows written before it was kept. */
  readonly operationId?: string | null;
}

/**
 * The canonical form of a row: a JSON array in a fixed column order (JSON, not a joined string, so
 * no value can forge a separator; null stays distinct from ""), the timestamp as ISO 8601 UTC with
 * milliseconds, the fields in stored order. The id is included so a row cannot be moved either.
 * Changing this breaks every stored chain: it is the format `audit:verify` checks (issue #4). The
 * operation id (issue #11) is appended only when there is one, so every row written before it was
 * kept hashes exactly as it did.
 */
export function canonicalRow(row: ChainedRowContent): string {
  return JSON.stringify([
    row.id,
    row.readAt.toISOString(),
    row.subject,
    row.role,
    row.org,
    row.personId,
    row.entityType,
    row.entityId,
    [...row.fields],
    row.operationName,
    row.purpose,
    ...(row.operationId === undefined || row.operationId === null ? [] : [row.operationId]),
  ]);
}

/**
 * sha256 hex over the previous row's hash, a newline and this row's canonical form (UTF-8): the
 * chain link. Issue #13: node's one-shot hash, not a Hash object per row (the same bytes hashed,
 * so every stored chain verifies as before; tests/unit/audit-chain pins a row's hash).
 */
export function hashRow(prevHash: string, row: ChainedRowContent): string {
  return hash("sha256", `${prevHash}\n${canonicalRow(row)}`, "hex");
}
