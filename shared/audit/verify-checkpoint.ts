import type { KeyObject } from "crypto";
import type { DataSource } from "typeorm";
import { AuditCheckpoint, checkpointSignatureValid } from "./checkpoint";
import type { CheckpointStore } from "./checkpoint-store";
import { auditTableOf } from "./table";
import { AuditProblem, AuditVerification, verifyAuditChain } from "./verify";

/**
 * What the last checkpoint says is wrong (issue #14):
 * - **truncated**: the chain ends before the checkpointed row: the rows from `id` on were deleted;
 * - **rewritten**: the checkpointed row is there but with another hash: the chain was re-hashed
 *   up to it (a consistent forgery the chain alone cannot see);
 * - **forged**: the checkpoint itself is not to be trusted (bad signature, unknown key, another
 *   agency's, or an unreadable line); `id` is the row it claims.
 */
export type CheckpointProblemKind = "truncated" | "rewritten" | "forged";

export interface CheckpointProblem {
  readonly id: string;
  readonly kind: CheckpointProblemKind;
}

/** Checks the chain against one checkpoint; the chain's own links are verifyAuditChain's business. */
export async function verifyCheckpoint(
  dataSource: DataSource,
  schema: string,
  agency: string,
  checkpoint: AuditCheckpoint,
  publicKey: KeyObject,
): Promise<CheckpointProblem | null> {
  if (checkpoint.agency !== agency || !checkpointSignatureValid(checkpoint, publicKey)) {
    return { id: checkpoint.sequence, kind: "forged" };
  }
  const table = auditTableOf(schema);
  const rows = (await dataSource.query(`SELECT "hash" FROM ${table} AS "log" WHERE "log"."id" = $1::bigint`, [checkpoint.sequence])) as { hash: string }[];
  if (rows.length === 1) {
    return rows[0].hash === checkpoint.hash ? null : { id: checkpoint.sequence, kind: "rewritten" };
  }
  const [{ last }] = (await dataSource.query(`SELECT coalesce(max("log"."id"), 0)::text AS "last" FROM ${table} AS "log"`)) as { last: string }[];
  if (BigInt(last) < BigInt(checkpoint.sequence)) {
    return { id: (BigInt(last) + 1n).toString(), kind: "truncated" };
  }
  // A hole at the checkpointed row itself: the chain check reports the removal where it shows.
  return null;
}

export interface AuditTrailVerification extends Omit<AuditVerification, "problems"> {
  readonly problems: (AuditProblem | CheckpointProblem)[];
  /** The checkpoint the chain was held against; null when the agency has none yet. */
  readonly checkpoint: Pick<AuditCheckpoint, "sequence" | "time"> | null;
}

/**
 * `audit:verify` for one agency: the chain, then the chain against the store's last checkpoint.
 * Problems are in row order, so the first one says from which row the log cannot be trusted.
 */
export async function verifyAuditTrail(
  dataSource: DataSource,
  schema: string,
  agency: string,
  checkpoints: { readonly store: CheckpointStore; readonly publicKey: KeyObject } | undefined,
): Promise<AuditTrailVerification> {
  const chain = await verifyAuditChain(dataSource, schema);
  const last = checkpoints === undefined ? null : checkpoints.store.last(agency);
  if (checkpoints === undefined || last === null) {
    return { ...chain, checkpoint: null };
  }
  if (last === "unreadable") {
    return { rows: chain.rows, ok: false, problems: [...chain.problems, { id: "0", kind: "forged" }], checkpoint: null };
  }
  const problem = await verifyCheckpoint(dataSource, schema, agency, last, checkpoints.publicKey);
  const problems = problem === null ? chain.problems : [...chain.problems, problem].sort((a, b) => compareIds(a.id, b.id));
  return { rows: chain.rows, ok: problems.length === 0, problems, checkpoint: { sequence: last.sequence, time: last.time } };
}

function compareIds(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
