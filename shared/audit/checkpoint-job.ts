import { createHash } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../logger";
import type { BackgroundJob } from "../subgraph/jobs";
import { AuditCheckpoint, signCheckpoint } from "./checkpoint";
import type { CheckpointConfig } from "./checkpoint-config";
import { auditTableOf } from "./table";

export const AUDIT_CHECKPOINT_JOB = "audit-checkpoint";

export interface CheckpointPassOptions {
  /** The agency's name (the subgraph's), which names its checkpoint file. */
  readonly agency: string;
  readonly schema: string;
  readonly config: CheckpointConfig;
  readonly now: () => Date;
}

export type CheckpointPassOutcome =
  | { readonly status: "written"; readonly checkpoint: AuditCheckpoint }
  /** locked: another replica is taking it; taken: this interval has one; empty: no row to anchor yet. */
  | { readonly status: "skipped"; readonly reason: "locked" | "taken" | "empty" };

/** Like the deadline lock (deadlines/lock.ts): a namespaced sha256, the same in every replica and release. */
function checkpointLockKey(schema: string): string {
  return createHash("sha256").update(`care-platform:audit-checkpoint:${schema}`).digest().readBigInt64BE(0).toString();
}

/** The interval an instant falls in: intervals are aligned to the epoch, so every replica agrees on them. */
function intervalOf(instant: Date, intervalMs: number): number {
  return Math.floor(instant.getTime() / intervalMs);
}

async function chainHead(manager: EntityManager, schema: string): Promise<{ id: string; hash: string } | undefined> {
  const rows = (await manager.query(`SELECT "log"."id"::text AS "id", "log"."hash" FROM ${auditTableOf(schema)} AS "log" ORDER BY "log"."id" DESC LIMIT 1`)) as {
    id: string;
    hash: string;
  }[];
  return rows[0];
}

/**
 * One checkpoint pass (issue #14): signs the agency's chain head and appends it to the store, at
 * most once per interval whatever the number of replicas. A transaction-scoped advisory lock keeps
 * replicas apart while one reads the store's last line, the head, and appends; the one that comes
 * second sees this interval's line and skips. (Replicas must therefore share the store.)
 */
export async function runCheckpointPass(dataSource: DataSource, options: CheckpointPassOptions): Promise<CheckpointPassOutcome> {
  const { store, signer, intervalMs } = options.config;
  return dataSource.transaction(async (manager): Promise<CheckpointPassOutcome> => {
    const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS "locked"`, [checkpointLockKey(options.schema)])) as { locked: boolean }[];
    if (!locked) {
      return { status: "skipped", reason: "locked" };
    }
    const now = options.now();
    const last = store.last(options.agency);
    if (last !== null && last !== "unreadable" && intervalOf(new Date(last.time), intervalMs) >= intervalOf(now, intervalMs)) {
      return { status: "skipped", reason: "taken" };
    }
    const head = await chainHead(manager, options.schema);
    if (head === undefined) {
      return { status: "skipped", reason: "empty" };
    }
    const checkpoint = signCheckpoint(signer, { agency: options.agency, sequence: head.id, hash: head.hash, time: now.toISOString() });
    store.append(checkpoint);
    return { status: "written", checkpoint };
  });
}

/**
 * The subgraph's checkpoint job. It looks more often than the interval (a sixth of it), so the
 * drift of "pause after each pass" never skips an interval; the store check makes the extra looks free.
 */
export function auditCheckpointJob(dataSource: DataSource, options: CheckpointPassOptions, log: Logger): BackgroundJob {
  return {
    name: AUDIT_CHECKPOINT_JOB,
    intervalMs: Math.max(1_000, Math.floor(options.config.intervalMs / 6)),
    runOnce: async () => {
      const outcome = await runCheckpointPass(dataSource, options);
      if (outcome.status === "written") {
        // Ids and the key id only: a checkpoint holds no personal data, and the key stays unlogged.
        log.info({ job: AUDIT_CHECKPOINT_JOB, sequence: outcome.checkpoint.sequence, keyId: outcome.checkpoint.keyId }, "audit checkpoint written");
      }
      return outcome;
    },
  };
}
