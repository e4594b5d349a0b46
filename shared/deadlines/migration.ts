import type { MigrationInterface } from "typeorm";
import { queryMigration } from "../db/query-migration";
import { DeadlineState, PENDING_STATES, UNMET_STATES } from "./state";
import { breachesTableOf, deadlinesTableOf, PENDING_DUE_INDEX, runsTableOf, stateList } from "./table";

const ALL_STATES = Object.values(DeadlineState);

/**
 * The deadline tables of one owning subgraph (issue #8, D9), for its own migration list:
 * `deadlinesMigration(SCHEMA)`. Plain SQL that PostgreSQL 15 and PGlite both accept. The CHECKs
 * keep a row consistent whoever writes it: met ⇔ met_at, breached ⇔ breached_at.
 */
export function deadlinesMigrationQueries(schema: string): string[] {
  const deadlines = deadlinesTableOf(schema);
  return [
    `CREATE TABLE ${deadlines} (
      "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "step" text NOT NULL,
      "rule" jsonb NOT NULL CHECK (jsonb_typeof("rule") = 'object' AND ("rule" ->> 'kind') IS NOT NULL),
      "started_at" timestamptz NOT NULL,
      "due_at" timestamptz NOT NULL,
      "state" text NOT NULL CHECK ("state" IN (${stateList(ALL_STATES)})),
      "met_at" timestamptz NULL,
      "breached_at" timestamptz NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CONSTRAINT "deadlines_one_per_step" UNIQUE ("subject_type", "subject_id", "step"),
      CONSTRAINT "deadlines_met_has_met_at" CHECK (("met_at" IS NULL) = ("state" IN (${stateList(UNMET_STATES)}))),
      CONSTRAINT "deadlines_pending_not_breached" CHECK ("state" NOT IN (${stateList(PENDING_STATES)}) OR "breached_at" IS NULL),
      CONSTRAINT "deadlines_late_is_breached" CHECK ("state" NOT IN ('OVERDUE', 'MET_LATE') OR "breached_at" IS NOT NULL)
    )`,
    // The scheduler's scan (issue #8 benchmark): only pending rows, by due time, so a pass costs what
    // is due, not what was ever opened. The unique constraint above serves the loaders (by subject).
    `CREATE INDEX "${PENDING_DUE_INDEX}" ON ${deadlines} ("due_at") WHERE "state" IN (${stateList(PENDING_STATES)})`,
    // Written once per breach (deadline_id unique) and never changed: the statistics' source (B12).
    `CREATE TABLE ${breachesTableOf(schema)} (
      "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "deadline_id" bigint NOT NULL UNIQUE REFERENCES ${deadlines} ("id"),
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "step" text NOT NULL,
      "due_at" timestamptz NOT NULL,
      "breached_at" timestamptz NOT NULL,
      "detected_at" timestamptz NOT NULL
    )`,
    `CREATE INDEX "deadline_breaches_step_breached_at" ON ${breachesTableOf(schema)} ("step", "breached_at")`,
    `CREATE TABLE ${runsTableOf(schema)} (
      "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "job" text NOT NULL,
      "replica" text NOT NULL,
      "started_at" timestamptz NOT NULL,
      "finished_at" timestamptz NOT NULL,
      "duration_ms" integer NOT NULL CHECK ("duration_ms" >= 0),
      "changed" jsonb NOT NULL
    )`,
    `CREATE INDEX "scheduler_runs_job_started_at" ON ${runsTableOf(schema)} ("job", "started_at")`,
  ];
}

export function deadlinesDropQueries(schema: string): string[] {
  return [`DROP TABLE ${runsTableOf(schema)}`, `DROP TABLE ${breachesTableOf(schema)}`, `DROP TABLE ${deadlinesTableOf(schema)}`];
}

/** The deadline migration of one subgraph, as a TypeORM migration class (like `auditLogMigration`). */
export function deadlinesMigration(schema: string): new () => MigrationInterface {
  return queryMigration("Deadlines1764900000000", () => deadlinesMigrationQueries(schema), () => deadlinesDropQueries(schema));
}
