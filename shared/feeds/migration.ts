import type { MigrationInterface } from "typeorm";
import { queryMigration } from "../db/query-migration";
import { FEED_ROWS_TABLE, FEED_RUNS_TABLE, FEED_WATERMARKS_TABLE, feedTableOf } from "./table";

/**
 * The feeds' tables of one receiving subgraph (D3, B8, issue #12), for its migration list, like
 * `outboxMigration(S)`. The CHECKs keep messages and values out of the codes; the partial unique
 * index lets one run of a feed be RUNNING at a time across replicas (run.ts takes it over only
 * when its lease ran out).
 */
export function feedsMigrationQueries(schema: string): string[] {
  const runs = feedTableOf(schema, FEED_RUNS_TABLE);
  return [
    `CREATE TABLE ${runs} (
      "id" uuid PRIMARY KEY,
      "feed" text NOT NULL CHECK ("feed" ~ '^[a-z][a-z0-9-]{0,39}$'),
      "status" text NOT NULL CHECK ("status" IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
      "scheduled_for" date NULL,
      "watermark_before" jsonb NULL,
      "watermark_after" jsonb NULL,
      "taken" integer NOT NULL DEFAULT 0 CHECK ("taken" >= 0),
      "skipped" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "rows_done" integer NOT NULL DEFAULT 0 CHECK ("rows_done" >= 0),
      "rows_total" integer NULL CHECK ("rows_total" >= 0),
      "started_at" timestamptz NOT NULL,
      "progress_at" timestamptz NOT NULL,
      "finished_at" timestamptz NULL,
      "error_code" text NULL CHECK ("error_code" ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      CHECK (("status" = 'RUNNING') = ("finished_at" IS NULL))
    )`,
    `CREATE UNIQUE INDEX "${FEED_RUNS_TABLE}_one_running" ON ${runs} ("feed") WHERE "status" = 'RUNNING'`,
    `CREATE INDEX "${FEED_RUNS_TABLE}_feed_started" ON ${runs} ("feed", "started_at" DESC)`,
    `CREATE TABLE ${feedTableOf(schema, FEED_WATERMARKS_TABLE)} (
      "feed" text PRIMARY KEY CHECK ("feed" ~ '^[a-z][a-z0-9-]{0,39}$'),
      "watermark" jsonb NULL,
      "updated_at" timestamptz NOT NULL
    )`,
    `CREATE TABLE ${feedTableOf(schema, FEED_ROWS_TABLE)} (
      "feed" text NOT NULL,
      "row_key" text NOT NULL CHECK (length("row_key") BETWEEN 1 AND 200),
      "run_id" uuid NOT NULL REFERENCES ${runs} ("id"),
      "taken" boolean NOT NULL,
      "reason" text NULL CHECK ("reason" ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      PRIMARY KEY ("feed", "row_key"),
      CHECK ("taken" = ("reason" IS NULL))
    )`,
  ];
}

export function feedsDropQueries(schema: string): string[] {
  return [FEED_ROWS_TABLE, FEED_WATERMARKS_TABLE, FEED_RUNS_TABLE].map((table) => `DROP TABLE ${feedTableOf(schema, table)}`);
}

/** The feeds migration of one subgraph, as a TypeORM migration class (`name` carries the subgraph's own timestamp). */
export function feedsMigration(schema: string, name: string): new () => MigrationInterface {
  return queryMigration(name, () => feedsMigrationQueries(schema), () => feedsDropQueries(schema));
}
