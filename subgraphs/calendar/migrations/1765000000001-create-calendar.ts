import { MigrationInterface, QueryRunner } from "typeorm";
import { outboxDropQueries, outboxMigrationQueries } from "../../../shared/outbox/migration";
import { CALENDAR_SCHEMA } from "../schema-name";

const S = CALENDAR_SCHEMA;

/**
 * 人事處's calendar data (issue #8, D9): the city's closures (停止上班), one active closure per date,
 * a withdrawal kept on the row (who and when, never deleted); the calendar's version, one row that
 * every change bumps under its row lock, so two declarations never share a version; and the outbox
 * that carries each change to the deadline-owning agencies (D3).
 */
export class CreateCalendar1765000000001 implements MigrationInterface {
  name = "CreateCalendar1765000000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."office_closures" (
      "id" uuid PRIMARY KEY,
      "date" date NOT NULL,
      "scope" text NOT NULL CHECK ("scope" IN ('CITY')),
      "reason" text NOT NULL,
      "announced_at" timestamptz NOT NULL,
      "declared_by" text NOT NULL,
      "declared_version" integer NOT NULL,
      "withdrawn_at" timestamptz NULL,
      "withdrawn_by" text NULL,
      "withdrawn_version" integer NULL,
      CHECK (("withdrawn_at" IS NULL) = ("withdrawn_by" IS NULL) AND ("withdrawn_at" IS NULL) = ("withdrawn_version" IS NULL))
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "office_closures_one_active_per_date" ON "${S}"."office_closures" ("date") WHERE "withdrawn_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "${S}"."calendar_version" (
      "id" boolean PRIMARY KEY DEFAULT TRUE CHECK ("id"),
      "version" integer NOT NULL CHECK ("version" >= 1)
    )`);
    await queryRunner.query(`INSERT INTO "${S}"."calendar_version" ("id", "version") VALUES (TRUE, 1)`);
    for (const sql of outboxMigrationQueries(S)) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of outboxDropQueries(S)) {
      await queryRunner.query(sql);
    }
    await queryRunner.query(`DROP TABLE "${S}"."calendar_version"`);
    await queryRunner.query(`DROP TABLE "${S}"."office_closures"`);
  }
}
