import { createHash } from "crypto";
import type { EntityManager } from "typeorm";

/**
 * The advisory-lock key of one feed in one schema (like shared/deadlines/lock.ts: a sha256 of a
 * namespaced name, the same in every replica and release). Transaction-scoped: each page's
 * transaction holds it, so two replicas never handle a page of the same feed at once, and a
 * replica that dies mid-page releases it with its rollback.
 */
export function feedLockKey(schema: string, feed: string): string {
  return createHash("sha256").update(`care-platform:feeds:${schema}:${feed}`).digest().readBigInt64BE(0).toString();
}

export async function lockFeed(manager: EntityManager, schema: string, feed: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [feedLockKey(schema, feed)]);
}
