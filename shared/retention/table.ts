import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";
import type { RetentionPlan } from "./purge";

/**
 * Retention (issue #9, A9, PDPA art. 11), in the owning agency's own schema (D1): one setting per
 * owning organisation (a district, a social unit, a health centre: whoever's records they are) and
 * the legal holds on single subjects. No personal data in either: an id, who, when, why.
 */
export function retentionSettingsTableOf(schema: string): string {
  return `${quotedSchema(schema)}."retention_settings"`;
}

export function legalHoldsTableOf(schema: string): string {
  return `${quotedSchema(schema)}."legal_holds"`;
}

/** A9: never under one year after closing; a row with a null period is "off" (the default: no row). */
export const MIN_RETENTION_MONTHS = 12;

function retentionMigrationQueries(schema: string): string[] {
  const settings = retentionSettingsTableOf(schema);
  const holds = legalHoldsTableOf(schema);
  return [
    `CREATE TABLE ${settings} (
      "org" text PRIMARY KEY,
      "period_months" integer NULL CHECK ("period_months" >= ${MIN_RETENTION_MONTHS}),
      "set_by" text NOT NULL,
      "set_by_role" text NOT NULL,
      "set_at" timestamptz NOT NULL
    )`,
    `CREATE TABLE ${holds} (
      "id" uuid PRIMARY KEY,
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "org" text NOT NULL,
      "reason" text NOT NULL,
      "placed_by" text NOT NULL,
      "placed_by_role" text NOT NULL,
      "placed_at" timestamptz NOT NULL,
      "lifted_by" text NULL,
      "lifted_by_role" text NULL,
      "lifted_at" timestamptz NULL,
      "lift_reason" text NULL,
      CHECK (("lifted_at" IS NULL) = ("lifted_by" IS NULL) AND ("lifted_at" IS NULL) = ("lift_reason" IS NULL))
    )`,
    // One hold in force per subject (placing twice is a CONFLICT, holds.ts); also the purge's NOT EXISTS.
    `CREATE UNIQUE INDEX "legal_holds_in_force" ON ${holds} ("subject_type", "subject_id") WHERE "lifted_at" IS NULL`,
    `CREATE INDEX "legal_holds_org" ON ${holds} ("org", "placed_at")`,
  ];
}

/** The retention tables of one agency and the indexes its purge needs, for its migration list: `retentionMigration(PLAN)`. */
export function retentionMigration(plan: Pick<RetentionPlan, "schema" | "indexes">): new () => MigrationInterface {
  const { schema } = plan;
  const indexes = plan.indexes ?? [];
  return queryMigration(
    "Retention1766950000000",
    () => [...retentionMigrationQueries(schema), ...indexes.map((index) => `CREATE INDEX "${index.name}" ON ${index.table} (${index.columns})`)],
    () => [
      ...indexes.map((index) => `DROP INDEX ${quotedSchema(schema)}."${index.name}"`),
      `DROP TABLE ${legalHoldsTableOf(schema)}`,
      `DROP TABLE ${retentionSettingsTableOf(schema)}`,
    ],
  );
}
