import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";
import { updatedAtQueries } from "./updated-at";

/**
 * Where an agency keeps its monthly aggregates (issue #10, D1: in its own schema, of its own data).
 * One row per metric, month and breakdown; a column the metric is not kept by holds ''. Rebuilt per
 * month by the agency's statistics job (rebuild.ts), read by its report fields (report.ts).
 */
export function aggregatesTableOf(schema: string): string {
  return `${quotedSchema(schema)}."statistics_monthly"`;
}

export function watermarksTableOf(schema: string): string {
  return `${quotedSchema(schema)}."statistics_watermarks"`;
}

function statisticsMigrationQueries(schema: string): string[] {
  return [
    `CREATE TABLE ${aggregatesTableOf(schema)} (
      "metric" text NOT NULL,
      "month" char(7) NOT NULL,
      "area" text NOT NULL,
      "case_type" text NOT NULL,
      "origin" text NOT NULL,
      "decision" text NOT NULL,
      "outcome" text NOT NULL,
      "count" integer NOT NULL CHECK ("count" > 0),
      PRIMARY KEY ("metric", "month", "area", "case_type", "origin", "decision", "outcome")
    )`,
    // Per source table: the newest change timestamp a pass has taken in (rebuild.ts).
    `CREATE TABLE ${watermarksTableOf(schema)} (
      "source" text PRIMARY KEY,
      "seen_until" timestamptz NOT NULL
    )`,
  ];
}

/** The statistics tables of one agency, for its migration list: `statisticsMigration(SCHEMA)`. */
export function statisticsMigration(schema: string): new () => MigrationInterface {
  return queryMigration(
    "Statistics1766300000000",
    () => statisticsMigrationQueries(schema),
    () => [`DROP TABLE ${watermarksTableOf(schema)}`, `DROP TABLE ${aggregatesTableOf(schema)}`],
  );
}

/**
 * A receiving agency's aggregates are kept by its needs and serving units too (A10, A12): two more
 * columns ('' where a metric is not kept by them) in the key. Listed after `statisticsMigration`.
 */
export function referralStatisticsMigration(schema: string): new () => MigrationInterface {
  const table = aggregatesTableOf(schema);
  return queryMigration(
    "ReferralStatistics1766600000000",
    () => [
      `ALTER TABLE ${table} ADD COLUMN "need" text NOT NULL DEFAULT '', ADD COLUMN "unit" text NOT NULL DEFAULT ''`,
      `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
      `ALTER TABLE ${table} ADD PRIMARY KEY ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit")`,
    ],
    () => [
      `DELETE FROM ${table} WHERE "need" <> '' OR "unit" <> ''`,
      `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
      `ALTER TABLE ${table} ADD PRIMARY KEY ("metric", "month", "area", "case_type", "origin", "decision", "outcome")`,
      `ALTER TABLE ${table} DROP COLUMN "need", DROP COLUMN "unit"`,
    ],
  );
}

/**
 * Issue #10 (A12: "referred, per target agency, with their outcome"): where each referral stands
 * (its kit's status: RECEIVED — not yet accepted —, IN_SERVICE, CLOSED) as one more column of a
 * receiving agency's aggregates; and an `updated_at` kept by a trigger on its referral tables, since
 * a referral's status changes after it is received and its month must then be recounted (the pass
 * watches that column, referrals.ts). Listed after `referralStatisticsMigration`.
 */
export function referralOutcomesMigration(schema: string, referralTables: readonly string[]): new () => MigrationInterface {
  const table = aggregatesTableOf(schema);
  const touched = referralTables.map((referrals) => updatedAtQueries(schema, referrals));
  return queryMigration(
    "ReferralOutcomes1766990000000",
    () => [
      `ALTER TABLE ${table} ADD COLUMN "status" text NOT NULL DEFAULT ''`,
      `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
      `ALTER TABLE ${table} ADD PRIMARY KEY ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status")`,
      ...touched.flatMap((queries) => queries.up),
    ],
    () => [
      ...touched.flatMap((queries) => queries.down),
      `DELETE FROM ${table} WHERE "status" <> ''`,
      `ALTER TABLE ${table} DROP CONSTRAINT "statistics_monthly_pkey"`,
      `ALTER TABLE ${table} ADD PRIMARY KEY ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit")`,
      `ALTER TABLE ${table} DROP COLUMN "status"`,
    ],
  );
}
