import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";
import { deadlinesTableOf } from "../deadlines/table";
import type { AgencyStatistics, StatisticsIndex } from "./rebuild";
import { aggregatesTableOf } from "./table";

/**
 * The deadline table's indexes for an agency whose timeliness metrics read it (B12): its pass finds
 * the deadlines that changed by updated_at, and recounts a month's deadlines of one step by due_at
 * (the scheduler's own index on due_at holds pending rows only).
 */
export function deadlineStatisticsIndexes(schema: string): StatisticsIndex[] {
  const table = deadlinesTableOf(schema);
  return [
    { name: "deadlines_updated_at", table, columns: `"updated_at"` },
    { name: "deadlines_step_due_at", table, columns: `"step", "due_at"` },
  ];
}

/**
 * SQL join condition: the deadline `deadline` (an alias) is of the subject whose uuid is `id`, in
 * the round in force. By the subject's primary key (`id::text = subject_id` alone reads every
 * subject); and the text as well, so that a round set aside (shared/deadlines/reopen.ts:
 * `<id>@<row>`) matches nothing, as before.
 */
export function deadlineOfSubject(deadline: string, id: string): string {
  return `${id} = split_part(${deadline}."subject_id", '@', 1)::uuid AND ${id}::text = ${deadline}."subject_id"`;
}

/**
 * Issue #10, Scale: the indexes an agency's statistics pass reads by (AgencyStatistics.indexes), and
 * the aggregates' month (a pass deletes the months it rebuilds; the key leads with the metric). For
 * the agency's migration list, after `statisticsMigration`; undone by dropping them.
 */
export function statisticsIndexesMigration(statistics: AgencyStatistics): new () => MigrationInterface {
  const indexes: StatisticsIndex[] = [...statistics.indexes, { name: "statistics_monthly_month", table: aggregatesTableOf(statistics.schema), columns: `"month"` }];
  return queryMigration(
    "StatisticsIndexes1767000000000",
    () => indexes.map((index) => `CREATE INDEX "${index.name}" ON ${index.table} (${index.columns})`),
    () => indexes.map((index) => `DROP INDEX ${quotedSchema(statistics.schema)}."${index.name}"`),
  );
}
