import type { DataSource, EntityManager } from "typeorm";
import { badUserInput } from "../errors";
import { instantOf, runsTableOf } from "./table";

/** One recorded run of a scheduler job (issue #8: last run, duration, what it changed). */
export interface SchedulerRunRecord {
  readonly id: string;
  readonly job: string;
  readonly replica: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly durationMs: number;
  /** What the run changed, by kind (e.g. overdue, breaches, dueSoon, moved). */
  readonly changed: Readonly<Record<string, number>>;
}

interface RunRow {
  id: string;
  job: string;
  replica: string;
  started_at: Date | string;
  finished_at: Date | string;
  duration_ms: number;
  changed: Record<string, number> | string;
}

const RUN_COLUMNS = `"id"::text AS "id", "job", "replica", "started_at", "finished_at", "duration_ms", "changed"`;

function runOf(row: RunRow): SchedulerRunRecord {
  return {
    id: row.id,
    job: row.job,
    replica: row.replica,
    startedAt: instantOf(row.started_at),
    finishedAt: instantOf(row.finished_at),
    durationMs: row.duration_ms,
    changed: typeof row.changed === "string" ? (JSON.parse(row.changed) as Record<string, number>) : row.changed,
  };
}

/** Written in the run's own transaction: a run that rolls back leaves no record claiming it changed anything. */
export async function recordRun(manager: EntityManager, schema: string, run: Omit<SchedulerRunRecord, "id">): Promise<SchedulerRunRecord> {
  const rows = (await manager.query(
    `INSERT INTO ${runsTableOf(schema)} ("job", "replica", "started_at", "finished_at", "duration_ms", "changed")
     VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5::int, $6::jsonb)
     RETURNING ${RUN_COLUMNS}`,
    [run.job, run.replica, run.startedAt.toISOString(), run.finishedAt.toISOString(), run.durationMs, JSON.stringify(run.changed)],
  )) as RunRow[];
  return runOf(rows[0]);
}

/** A tick a minute is half a million rows a year per schema: older runs of the job are dropped as it runs. */
export async function pruneRuns(manager: EntityManager, schema: string, job: string, before: Date): Promise<void> {
  await manager.query(`DELETE FROM ${runsTableOf(schema)} WHERE "job" = $1 AND "started_at" < $2::timestamptz`, [job, before.toISOString()]);
}

export const DEFAULT_RUNS_PAGE = 20;
export const MAX_RUNS_PAGE = 200;

export interface RunsFilter {
  readonly job?: string | null;
  readonly first?: number | null;
}

/** The last runs, newest first, of one job or of all (the operator's view, issue #8). */
export async function querySchedulerRuns(dataSource: DataSource, schema: string, filter: RunsFilter = {}): Promise<SchedulerRunRecord[]> {
  const first = filter.first ?? DEFAULT_RUNS_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_RUNS_PAGE}`, "first");
  }
  const job = filter.job ?? null;
  const rows = (await dataSource.query(
    `SELECT ${RUN_COLUMNS} FROM ${runsTableOf(schema)} AS "run"
      WHERE $1::text IS NULL OR "run"."job" = $1::text
      ORDER BY "run"."started_at" DESC, "run"."id" DESC
      LIMIT $2::int`,
    [job, first],
  )) as RunRow[];
  return rows.map(runOf);
}
