import { createHash } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { BackgroundJob } from "../subgraph/jobs";
import { statisticsIntervalMs, statisticsOverlapMs } from "./config";
import { aggregatesTableOf, watermarksTableOf } from "./table";

/**
 * A table whose writes move the aggregates, and how to find the months they touched. `changed` is
 * SQL with $1 = the instant to look after, answering `"month"` (YYYY-MM of the aggregate, not of
 * the write) and `"seen"` (the newest change timestamp of that month's rows).
 */
export interface ChangeSource {
  readonly name: string;
  readonly changed: string;
}

/** One metric's rebuild: SQL inserting its aggregate rows for the months $1 (text[] of YYYY-MM). */
export interface MetricRebuild {
  readonly metric: string;
  readonly insert: (table: string) => string;
}

/** An index of an agency's own table that its pass reads by (`table`: schema-qualified, quoted). */
export interface StatisticsIndex {
  readonly name: string;
  readonly table: string;
  readonly columns: string;
}

/** An agency's statistics (issue #10): where its aggregates live, what moves them, how they are computed. */
export interface AgencyStatistics {
  readonly schema: string;
  readonly sources: readonly ChangeSource[];
  readonly metrics: readonly MetricRebuild[];
  /**
   * What the SQL above reads by, so that a pass costs the rows that changed and the months they
   * touched, not the tables (issue #10, Scale): the sources' change timestamps (after the watermark)
   * and the metrics' month columns (ranges within MONTHS_TO_REBUILD). Created by statisticsIndexesMigration.
   */
  readonly indexes: readonly StatisticsIndex[];
}

export type RebuildOutcome = { readonly status: "skipped" } | { readonly status: "ran"; readonly months: readonly string[] };

/** SQL: the YYYY-MM of a date column. */
export function monthOfDate(column: string): string {
  return `to_char(${column}, 'YYYY-MM')`;
}

/** SQL: the Taipei (R2: UTC+8, no daylight saving since 1979) YYYY-MM of a timestamptz column. */
export function monthOfInstant(column: string): string {
  return `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`;
}

/**
 * SQL FROM item: the months a metric rebuilds ($1, text[] of YYYY-MM) as `"m"`, each with its
 * bounds — as dates (`first_day`, `next_first_day`) and as the instants of Taipei midnight
 * (`starts_at`, `ends_at`: R2, UTC+8 as monthOfInstant). A metric joins its rows to it by a range
 * on an indexed column (`dateInMonth`, `instantInMonth`), not by `monthOf…(column) = ANY($1)`,
 * which no index serves: so a pass after a day's intake reads that month's rows, not the table.
 * The month of a row is then `"m"."month"`, the same YYYY-MM that monthOf… gives it.
 */
export const MONTHS_TO_REBUILD = `(
  SELECT "u"."month",
         ("u"."month" || '-01')::date AS "first_day",
         (("u"."month" || '-01')::date + interval '1 month')::date AS "next_first_day",
         (("u"."month" || '-01')::timestamp - interval '8 hours') AT TIME ZONE 'UTC' AS "starts_at",
         (("u"."month" || '-01')::timestamp + interval '1 month' - interval '8 hours') AT TIME ZONE 'UTC' AS "ends_at"
    FROM unnest($1::text[]) AS "u"("month")
) AS "m"`;

/** SQL join condition: a date column within the month `"m"` of MONTHS_TO_REBUILD. */
export function dateInMonth(column: string): string {
  return `${column} >= "m"."first_day" AND ${column} < "m"."next_first_day"`;
}

/** SQL join condition: a timestamptz column within the Taipei month `"m"` of MONTHS_TO_REBUILD. */
export function instantInMonth(column: string): string {
  return `${column} >= "m"."starts_at" AND ${column} < "m"."ends_at"`;
}

/** Not the deadlines' key: the statistics pass must not wait behind a deadline pass, nor block one. */
function statisticsLockKey(schema: string): string {
  return createHash("sha256").update(`care-platform:statistics:${schema}`).digest().readBigInt64BE(0).toString();
}

interface Watermark {
  readonly source: string;
  readonly seen: Date | null;
}

async function touchedMonths(manager: EntityManager, statistics: AgencyStatistics): Promise<{ months: Set<string>; watermarks: Watermark[] }> {
  const stored = (await manager.query(`SELECT "source", "seen_until" FROM ${watermarksTableOf(statistics.schema)}`)) as { source: string; seen_until: Date | string }[];
  const months = new Set<string>();
  const watermarks: Watermark[] = [];
  for (const source of statistics.sources) {
    const previous = stored.find((row) => row.source === source.name);
    const after = previous === undefined ? new Date(0) : new Date(new Date(previous.seen_until).getTime() - statisticsOverlapMs());
    const rows = (await manager.query(source.changed, [after.toISOString()])) as { month: string; seen: Date | string }[];
    let seen = previous === undefined ? null : new Date(previous.seen_until);
    for (const row of rows) {
      months.add(row.month);
      // PostgreSQL keeps microseconds, a Date milliseconds: the next millisecond is past every row seen (the overlap covers the rest).
      const at = new Date(new Date(row.seen).getTime() + 1);
      seen = seen === null || at > seen ? at : seen;
    }
    watermarks.push({ source: source.name, seen });
  }
  return { months, watermarks };
}

/**
 * One pass (issue #10, D7): under a transaction-scoped advisory lock (as the deadline pass,
 * shared/deadlines/lock.ts), so of several replicas one rebuilds and the others skip; the months
 * any source changed since its watermark are recomputed whole from the rows, and the watermarks
 * move, in one transaction: a replica that dies mid-pass leaves the previous aggregates and
 * watermarks, and the next pass redoes it.
 */
export function rebuildStatistics(dataSource: DataSource, statistics: AgencyStatistics): Promise<RebuildOutcome> {
  return dataSource.transaction(async (manager) => {
    const locked = (await manager.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS "locked"`, [statisticsLockKey(statistics.schema)])) as { locked: boolean }[];
    if (!locked[0].locked) {
      return { status: "skipped" } as const;
    }
    const { months, watermarks } = await touchedMonths(manager, statistics);
    const list = [...months].sort();
    if (list.length > 0) {
      const table = aggregatesTableOf(statistics.schema);
      await manager.query(`DELETE FROM ${table} WHERE "month" = ANY($1::text[])`, [list]);
      for (const metric of statistics.metrics) {
        await manager.query(metric.insert(table), [list]);
      }
    }
    for (const watermark of watermarks) {
      if (watermark.seen !== null) {
        await manager.query(
          `INSERT INTO ${watermarksTableOf(statistics.schema)} ("source", "seen_until") VALUES ($1, $2::timestamptz)
           ON CONFLICT ("source") DO UPDATE SET "seen_until" = EXCLUDED."seen_until"`,
          [watermark.source, watermark.seen.toISOString()],
        );
      }
    }
    return { status: "ran", months: list } as const;
  });
}

/** The job each reporting agency lists in its `jobs` (tests: `platform.runJob(agency, STATISTICS_JOB)`). */
export const STATISTICS_JOB = "statistics-rebuild";

export function statisticsJob(dataSource: DataSource, statistics: AgencyStatistics): BackgroundJob {
  return { name: STATISTICS_JOB, intervalMs: statisticsIntervalMs(), runOnce: () => rebuildStatistics(dataSource, statistics) };
}
