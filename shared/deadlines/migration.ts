import type { MigrationInterface } from "typeorm";
import { queryMigration } from "../db/query-migration";
import { DeadlineState, PENDING_STATES, UNMET_STATES } from "./state";
import { breachesTableOf, deadlinesTableOf, PENDING_DUE_INDEX, runsTableOf, stateList } from "./table";

/**
 * The states of issue #8, as its migration created them: frozen here, so that a state added later
 * comes with a migration of its own (deadlinesEndingMigration) and an existing database and a new
 * one end with the same constraints.
 */
const ISSUE_8_STATES = [DeadlineState.DUE, DeadlineState.DUE_SOON, DeadlineState.OVERDUE, DeadlineState.MET_ON_TIME, DeadlineState.MET_LATE];
const ISSUE_8_UNMET = [DeadlineState.DUE, DeadlineState.DUE_SOON, DeadlineState.OVERDUE];

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
      "state" text NOT NULL CHECK ("state" IN (${stateList(ISSUE_8_STATES)})),
      "met_at" timestamptz NULL,
      "breached_at" timestamptz NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CONSTRAINT "deadlines_one_per_step" UNIQUE ("subject_type", "subject_id", "step"),
      CONSTRAINT "deadlines_met_has_met_at" CHECK (("met_at" IS NULL) = ("state" IN (${stateList(ISSUE_8_UNMET)}))),
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

/**
 * Issue #9: a step whose case ended first is NO_LONGER_DUE, with when and why (the case's closure).
 * Not met (no met_at), and its own CHECK: ended ⇔ ended_at ⇔ end_reason. Undone, an ended deadline
 * goes back to the open state it ended in (OVERDUE if it was breached, else DUE; the next pass
 * settles DUE_SOON), so the older constraints hold again.
 */
export function deadlinesEndingMigrationQueries(schema: string): string[] {
  const deadlines = deadlinesTableOf(schema);
  const ended = `'${DeadlineState.NO_LONGER_DUE}'`;
  return [
    `ALTER TABLE ${deadlines} ADD COLUMN "ended_at" timestamptz NULL, ADD COLUMN "end_reason" text NULL`,
    `ALTER TABLE ${deadlines} DROP CONSTRAINT "deadlines_state_check", DROP CONSTRAINT "deadlines_met_has_met_at"`,
    `ALTER TABLE ${deadlines}
       ADD CONSTRAINT "deadlines_state_check" CHECK ("state" IN (${stateList(Object.values(DeadlineState))})),
       ADD CONSTRAINT "deadlines_met_has_met_at" CHECK (("met_at" IS NULL) = ("state" IN (${stateList([...UNMET_STATES, DeadlineState.NO_LONGER_DUE])}))),
       ADD CONSTRAINT "deadlines_ended_has_ended_at" CHECK (("ended_at" IS NULL) = ("state" <> ${ended}) AND ("end_reason" IS NULL) = ("ended_at" IS NULL))`,
  ];
}

export function deadlinesEndingDropQueries(schema: string): string[] {
  const deadlines = deadlinesTableOf(schema);
  return [
    `UPDATE ${deadlines} SET "state" = CASE WHEN "breached_at" IS NULL THEN '${DeadlineState.DUE}' ELSE '${DeadlineState.OVERDUE}' END
      WHERE "state" = '${DeadlineState.NO_LONGER_DUE}'`,
    `ALTER TABLE ${deadlines} DROP CONSTRAINT "deadlines_ended_has_ended_at", DROP CONSTRAINT "deadlines_state_check", DROP CONSTRAINT "deadlines_met_has_met_at"`,
    `ALTER TABLE ${deadlines} DROP COLUMN "end_reason", DROP COLUMN "ended_at"`,
    `ALTER TABLE ${deadlines}
       ADD CONSTRAINT "deadlines_state_check" CHECK ("state" IN (${stateList(ISSUE_8_STATES)})),
       ADD CONSTRAINT "deadlines_met_has_met_at" CHECK (("met_at" IS NULL) = ("state" IN (${stateList(ISSUE_8_UNMET)})))`,
  ];
}

/** Issue #9's ending of a deadline (NO_LONGER_DUE), for each owner's migration list after `deadlinesMigration`. */
export function deadlinesEndingMigration(schema: string): new () => MigrationInterface {
  return queryMigration("DeadlinesEnding1767100000000", () => deadlinesEndingMigrationQueries(schema), () => deadlinesEndingDropQueries(schema));
}
