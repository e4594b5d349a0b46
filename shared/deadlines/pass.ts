import { hostname } from "os";
import { performance } from "perf_hooks";
import type { DataSource, EntityManager } from "typeorm";
import { advanceDeadlines } from "./advance";
import { checkDeadlineClock, DeadlineClock, nowOf } from "./config";
import { tryLockDeadlines } from "./lock";
import { pruneRuns, recordRun, SchedulerRunRecord } from "./runs";

export const DEADLINE_PASS_JOB = "deadline-pass";

/** Runs older than this are dropped by the pass (30 days of ticks is enough to see a pattern). */
export const DEFAULT_RUN_RETENTION_MS = 30 * 86_400_000;

export interface DeadlinePassOptions extends DeadlineClock {
  /** Names the process in the run record, so an operator sees which replica did the work. */
  readonly replicaId?: string;
  readonly runRetentionMs?: number;
  /**
   * Runs in the pass's transaction after the states moved, with the pass's instant (the breaches it
   * wrote carry it as detected_at): e.g. notifications of what went overdue (issue #8), written
   * with the breach or not at all.
   */
  readonly afterAdvance?: (manager: EntityManager, passInstant: Date) => Promise<unknown>;
}

export type DeadlinePassOutcome =
  | { readonly status: "ran"; readonly run: SchedulerRunRecord }
  | { readonly status: "skipped"; readonly reason: "another replica runs it" };

export function defaultReplicaId(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * One scheduler pass over a schema's deadlines (issue #8), safe on several replicas: in one
 * transaction it takes the schema's advisory lock without waiting — a replica that does not get it
 * skips, because another one is doing the same work right now — moves states with time, writes
 * breaches and records the run. Any failure rolls all of it back; the next tick redoes it. Even
 * without the lock a breach could not be written twice (the UPDATE only takes pending rows, the
 * breach insert is ON CONFLICT DO NOTHING); the lock keeps replicas from doing the work twice.
 * A skipped tick writes nothing (not even a run record): the run of the replica that did the work
 * is the record of that moment.
 */
export async function runDeadlinePass(dataSource: DataSource, options: DeadlinePassOptions): Promise<DeadlinePassOutcome> {
  checkDeadlineClock(options);
  const replica = options.replicaId ?? defaultReplicaId();
  const retention = options.runRetentionMs ?? DEFAULT_RUN_RETENTION_MS;
  return dataSource.transaction(async (manager): Promise<DeadlinePassOutcome> => {
    if (!(await tryLockDeadlines(manager, options.schema))) {
      return { status: "skipped", reason: "another replica runs it" };
    }
    // The clock is read under the lock: a pass that waited for its connection still uses a current instant.
    const startedAt = nowOf(options);
    const started = performance.now();
    const counts = await advanceDeadlines(manager, options.schema, startedAt, options.dueSoonWithinMs);
    await options.afterAdvance?.(manager, startedAt);
    await pruneRuns(manager, options.schema, DEADLINE_PASS_JOB, new Date(startedAt.getTime() - retention));
    const durationMs = Math.round(performance.now() - started);
    const run = await recordRun(manager, options.schema, {
      job: DEADLINE_PASS_JOB,
      replica,
      startedAt,
      finishedAt: new Date(startedAt.getTime() + durationMs),
      durationMs,
      changed: { ...counts },
    });
    return { status: "ran", run };
  });
}
