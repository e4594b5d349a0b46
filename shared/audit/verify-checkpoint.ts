import type { KeyObject } from "crypto";
import type { DataSource } from "typeorm";
import { AuditCheckpoint, checkpointSignatureValid, keyIdOf } from "./checkpoint";
import type { CheckpointStore } from "./checkpoint-store";
import { auditTableOf } from "./table";
import { AuditProblem, AuditVerification, verifyAuditChain } from "./verify";

/**
 * What the last checkpoint says is wrong (issue #14):
 * - **truncated**: the chain ends before the checkpointed row: the rows from `id` on were deleted;
 * - **rewritten**: the checkpointed row is there but with another hash: the chain was re-hashed
 *   up to it (a consistent forgery the chain alone cannot see);
 * - **forged**: the checkpoint itself is not to be trusted (bad signature, unknown key, another
 *   agency's, or an unreadable line); `id` is the row it claims, `reason` says which of these.
 */
export type CheckpointProblemKind = "truncated" | "rewritten" | "forged";

export interface CheckpointProblem {
  readonly id: string;
  readonly kind: CheckpointProblemKind;
  /** For a forged checkpoint, why it is not trusted (key ids and agency names only). */
  readonly reason?: string;
}

/**
 * Why a checkpoint cannot be trusted, or null when one of the trusted keys signed exactly it. Key
 * rotation: the set holds the old and the new public keys, so checkpoints signed before and after
 * the rotation both verify; the key is picked by the checkpoint's keyId (the set's own ids).
 */
function forgeryOf(checkpoint: AuditCheckpoint, agency: string, publicKeys: readonly KeyObject[]): string | null {
  if (checkpoint.agency !== agency) {
    return `a checkpoint of ${checkpoint.agency}, not of ${agency}`;
  }
  const key = publicKeys.find((candidate) => keyIdOf(candidate) === checkpoint.keyId);
  if (key === undefined) {
    return `signed by key ${checkpoint.keyId}, which is not one of the configured public keys (${publicKeys.map(keyIdOf).join(", ")})`;
  }
  return checkpointSignatureValid(checkpoint, key) ? null : `its signature does not match key ${checkpoint.keyId}: edited after signing, or not signed by that key`;
}

/** Checks the chain against one checkpoint; the chain's own links are verifyAuditChain's business. */
export async function verifyCheckpoint(
  dataSource: DataSource,
  schema: string,
  agency: string,
  checkpoint: AuditCheckpoint,
  publicKeys: readonly KeyObject[],
): Promise<CheckpointProblem | null> {
  const forgery = forgeryOf(checkpoint, agency, publicKeys);
  if (forgery !== null) {
    return { id: checkpoint.sequence, kind: "forged", reason: forgery };
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
  /** The checkpoint the chain was held against, with the key that signed it; null when the agency has none yet. */
  readonly checkpoint: Pick<AuditCheckpoint, "sequence" | "time" | "keyId"> | null;
}

/**
 * `audit:verify` for one agency: the chain, then the chain against the store's last checkpoint.
 * Problems are in row order, so the first one says from which row the log cannot be trusted.
 */
export async function verifyAuditTrail(
  dataSource: DataSource,
  schema: string,
  agency: string,
  checkpoints: { readonly store: CheckpointStore; readonly publicKeys: readonly KeyObject[] } | undefined,
): Promise<AuditTrailVerification> {
  const chain = await verifyAuditChain(dataSource, schema);
  const last = checkpoints === undefined ? null : checkpoints.store.last(agency);
  if (checkpoints === undefined || last === null) {
    return { ...chain, checkpoint: null };
  }
  if (last === "unreadable") {
    return { rows: chain.rows, ok: false, problems: [...chain.problems, { id: "0", kind: "forged", reason: "the store's last line is not a checkpoint" }], checkpoint: null };
  }
  const problem = await verifyCheckpoint(dataSource, schema, agency, last, checkpoints.publicKeys);
  const problems = problem === null ? chain.problems : [...chain.problems, problem].sort((a, b) => compareIds(a.id, b.id));
  return { rows: chain.rows, ok: problems.length === 0, problems, checkpoint: { sequence: last.sequence, time: last.time, keyId: last.keyId } };
}

function compareIds(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
