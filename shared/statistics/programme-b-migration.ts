import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";
import type { AggregateColumn } from "./dimensions";
import type { StatisticsIndex } from "./rebuild";
import { aggregatesTableOf } from "./table";
import { updatedAtQueries } from "./updated-at";

/** The aggregates' key after referralOutcomesMigration (a receiving agency's, and the police's). */
const RECEIVING_KEY: readonly string[] = ["metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status"];

/** What an agency's programme B figures need of its own schema (issue #12, B12). */
export interface ProgrammeBStatisticsChange {
  /** More breakdown columns of its aggregates ('' where a metric is not kept by them), in the key. */
  readonly columns: readonly AggregateColumn[];
  /** Tables whose rows change after insert (a case's state, a notice's case): an updated_at the database keeps (updated-at.ts). */
  readonly touched: readonly string[];
  /** What its pass reads by (rebuild.ts: a pass costs what changed and the months it touched). */
  readonly indexes: readonly StatisticsIndex[];
}

/**
 * Issue #12 (B12): one agency's migration for its programme B figures, listed after its
 * referralOutcomesMigration: the new columns in the aggregates' key, the change timestamps and the
 * indexes. Undone in reverse; the aggregates kept by the new columns go with them.
 */
export function programmeBStatisticsMigration(name: string, schema: string, change: ProgrammeBStatisticsChange): new () => MigrationInterface {
  const table = aggregatesTableOf(schema);
  const touched = change.touched.map((tableName) => updatedAtQueries(schema, tableName));
  const key = (columns: readonly string[]): string => columns.map((column) => `"${column}"`).join(", ");
  const columns = change.columns.length === 0 ? [] : [
    `ALTER TABLE ${table} ${change.columns.map((column) => `ADD COLUMN "${column}" text NOT NULL DEFAULT ''`).join(", ")}`,
    `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
    `ALTER TABLE ${table} ADD PRIMARY KEY (${key([...RECEIVING_KEY, ...change.columns])})`,
  ];
  const undoColumns = change.columns.length === 0 ? [] : [
    `DELETE FROM ${table} WHERE ${change.columns.map((column) => `"${column}" <> ''`).join(" OR ")}`,
    `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
    `ALTER TABLE ${table} ADD PRIMARY KEY (${key(RECEIVING_KEY)})`,
    `ALTER TABLE ${table} ${change.columns.map((column) => `DROP COLUMN "${column}"`).join(", ")}`,
  ];
  return queryMigration(
    name,
    () => [...columns, ...touched.flatMap((queries) => queries.up), ...change.indexes.map((index) => `CREATE INDEX "${index.name}" ON ${index.table} (${index.columns})`)],
    () => [...change.indexes.map((index) => `DROP INDEX ${quotedSchema(schema)}."${index.name}"`), ...touched.flatMap((queries) => queries.down), ...undoColumns],
  );
}
