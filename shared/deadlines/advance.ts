import { DeadlineState, statesLeadingTo } from "./state";
import { breachesTableOf, deadlinesTableOf, stateList } from "./table";

/** What the advance needs of a transaction: an EntityManager, or a test's EXPLAIN wrapper around one. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** What one advance changed; recorded as the run's `changed` (issue #8: runs are visible). */
export interface AdvanceCounts {
  readonly overdue: number;
  readonly breaches: number;
  readonly dueSoon: number;
}

/**
 * Moves pending deadlines with time, set-based (one statement per transition, never a row at a
 * time, so 100,000 open deadlines cost two index range scans — issue #8's benchmark):
 * - past due → OVERDUE, and its breach written once (`ON CONFLICT DO NOTHING`: a breach already
 *   recorded, e.g. by a late `meetDeadline`, is not written again);
 * - due within the threshold → DUE_SOON.
 * Both scans use the partial index on pending rows by `due_at`. Runs inside the caller's
 * transaction, which holds the scheduler lock. Rows a writer holds right now (a mutation meeting
 * its step) are skipped, not waited for (`SKIP LOCKED`): the pass never blocks an agency's writes
 * nor deadlocks with a transaction meeting several steps; what it skipped, the writer settles
 * (`meetDeadline` writes a late step's breach itself) or the next tick takes.
 *
 * The due ids are taken as an array (`= ANY(ARRAY(subquery))`, an InitPlan) rather than `IN (subquery)`:
 * with `IN`, once the planner expects many due rows it joins them back by a Hash Semi Join over a Seq
 * Scan of the whole table, so every pass, even an idle one, cost the table's size (issue #8's
 * benchmark, BENCHMARKS.md). With the array the update finds its rows by the primary key:
 *   InitPlan → LockRows → Index Scan using deadlines_pending_due_at (Index Cond: due_at < now)
 *   Update on deadlines → Index Scan using deadlines_pkey (Index Cond: id = ANY($0))
 */
export async function advanceDeadlines(manager: SqlRunner, schema: string, now: Date, dueSoonWithinMs: number): Promise<AdvanceCounts> {
  const deadlines = deadlinesTableOf(schema);
  const instant = now.toISOString();
  // Wrapped as WITH … SELECT: both drivers then return plain rows (TypeORM returns [rows, count] for a bare UPDATE).
  const [late] = (await manager.query(
    `WITH "moved" AS (
       UPDATE ${deadlines}
          SET "state" = '${DeadlineState.OVERDUE}', "breached_at" = "due_at", "updated_at" = $1::timestamptz
        WHERE "id" = ANY(ARRAY(
          SELECT "id" FROM ${deadlines}
           WHERE "state" IN (${stateList(statesLeadingTo(DeadlineState.OVERDUE))}) AND "due_at" < $1::timestamptz
           FOR UPDATE SKIP LOCKED
        ))
        RETURNING "id", "subject_type", "subject_id", "step", "due_at"
     ), "recorded" AS (
       INSERT INTO ${breachesTableOf(schema)} ("deadline_id", "subject_type", "subject_id", "step", "due_at", "breached_at", "detected_at")
       SELECT "id", "subject_type", "subject_id", "step", "due_at", "due_at", $1::timestamptz FROM "moved"
       ON CONFLICT ("deadline_id") DO NOTHING
       RETURNING "deadline_id"
     )
     SELECT (SELECT count(*) FROM "moved")::int AS "overdue", (SELECT count(*) FROM "recorded")::int AS "breaches"`,
    [instant],
  )) as { overdue: number; breaches: number }[];
  const soon = new Date(now.getTime() + dueSoonWithinMs).toISOString();
  const [near] = (await manager.query(
    `WITH "moved" AS (
       UPDATE ${deadlines}
          SET "state" = '${DeadlineState.DUE_SOON}', "updated_at" = $1::timestamptz
        WHERE "id" = ANY(ARRAY(
          SELECT "id" FROM ${deadlines}
           WHERE "state" IN (${stateList(statesLeadingTo(DeadlineState.DUE_SOON))}) AND "due_at" >= $1::timestamptz AND "due_at" <= $2::timestamptz
           FOR UPDATE SKIP LOCKED
        ))
        RETURNING 1
     )
     SELECT count(*)::int AS "due_soon" FROM "moved"`,
    [instant, soon],
  )) as { due_soon: number }[];
  return { overdue: late.overdue, breaches: late.breaches, dueSoon: near.due_soon };
}
