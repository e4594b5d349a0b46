import { createHash } from "crypto";
import type { EntityManager } from "typeorm";

/**
 * The advisory-lock key of a schema's deadline jobs (STACK.md: advisory locks where a job is a
 * single pass). One key per schema, shared by the pass and the recompute so they never interleave.
 * Derived from a sha256 of a namespaced name, so it cannot collide with another module's small
 * integer keys by accident, and is the same in every replica and every release.
 */
export function schedulerLockKey(schema: string): string {
  const digest = createHash("sha256").update(`care-platform:deadlines:${schema}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * Transaction-scoped, so a replica that dies mid-pass releases it with its rollback (its connection
 * closes): nothing half-applied, and the next tick of any replica redoes the pass.
 */
export async function tryLockDeadlines(manager: EntityManager, schema: string): Promise<boolean> {
  const rows = (await manager.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS "locked"`, [schedulerLockKey(schema)])) as { locked: boolean }[];
  return rows[0].locked;
}

/** Waits for the lock: a calendar change must be applied, not skipped because a pass is running. */
export async function lockDeadlines(manager: EntityManager, schema: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [schedulerLockKey(schema)]);
}
