import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import { deadlineOwners } from "../../../shared/agencies";
import type { Principal } from "../../../shared/auth/principal";
import { CITY_ORG } from "../../../shared/auth/roles";
import { closureIntakeNames } from "../../../shared/calendar/closures/names";
import { OfficeClosureAction, OfficeClosureScope } from "../../../shared/calendar/closures/notice";
import { MAX_REASON_LENGTH } from "../../../shared/calendar/closures/receiver";
import { checkIsoDate } from "../../../shared/calendar/iso-date";
import { processCalendar } from "../../../shared/calendar/process-calendar";
import { now } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { conflict, notFound } from "../../../shared/errors";
import { enqueue } from "../../../shared/outbox/enqueue";
import { requiredText } from "../../../shared/validation/form-text";
import { CALENDAR_SCHEMA } from "../schema-name";
import { DeclareOfficeClosureInput, OfficeClosure } from "./office-closure.type";

const CLOSURES = `"${CALENDAR_SCHEMA}"."office_closures"`;
const VERSION = `"${CALENDAR_SCHEMA}"."calendar_version"`;
const COLUMNS = `"id"::text AS "id", to_char("date", 'YYYY-MM-DD') AS "date", "scope", "reason", "announced_at", "declared_version", "withdrawn_at"`;

interface ClosureRow {
  id: string;
  date: string;
  scope: OfficeClosureScope;
  reason: string;
  announced_at: Date | string;
  declared_version: number;
  withdrawn_at: Date | string | null;
}

/** A closure loaded as a write target: the calendar is the city's, so a city-wide caller's (D4). */
export type ClosureTarget = OfficeClosure & { inScope: boolean };

function instantOf(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function closureOf(row: ClosureRow): OfficeClosure {
  return {
    id: row.id,
    date: row.date,
    scope: row.scope,
    reason: row.reason,
    announcedAt: instantOf(row.announced_at),
    declaredVersion: row.declared_version,
    withdrawnAt: row.withdrawn_at === null ? null : instantOf(row.withdrawn_at),
  };
}

/** A date the calendar can count on: well-formed and in a loaded year (else BAD_USER_INPUT). */
function checkedDate(date: string, field: string): string {
  const checked = checkIsoDate(date, field);
  processCalendar().day(checked);
  return checked;
}

async function nextVersion(manager: EntityManager): Promise<number> {
  // The single row's lock orders concurrent changes: each gets its own version.
  // Wrapped as WITH … SELECT: both drivers then return plain rows (a bare UPDATE gives [rows, count]).
  const [row] = (await manager.query(`WITH "bumped" AS (UPDATE ${VERSION} SET "version" = "version" + 1 RETURNING "version") SELECT "version" FROM "bumped"`)) as {
    version: number;
  }[];
  return row.version;
}

export async function calendarVersion(dataSource: DataSource): Promise<number> {
  const rows = (await dataSource.query(`SELECT "version" FROM ${VERSION}`)) as { version: number }[];
  return rows[0].version;
}

/**
 * D3, issue #8: one hand-off per deadline-owning agency of the registry, in the transaction of the
 * change, so the change and its distribution exist together. The acting admin rides along as the
 * service token's subject.
 */
async function distribute(manager: EntityManager, closure: OfficeClosure, action: OfficeClosureAction, version: number, actor: Principal, at: Date): Promise<void> {
  for (const agency of deadlineOwners()) {
    const names = closureIntakeNames(agency.name);
    await enqueue(
      manager,
      {
        kind: "office-closure",
        operation: names.operation,
        variables: (clientKey) => ({
          input: { clientKey, date: closure.date, action, scope: closure.scope, reason: closure.reason, announcedAt: closure.announcedAt.toISOString(), version },
        }),
        actor,
      },
      { now: at },
    );
  }
}

/** 人事處 declares a day closed (停止上班); the agencies' deadlines move once their intake has it. */
export async function declareOfficeClosure(dataSource: DataSource, input: DeclareOfficeClosureInput, actor: Principal): Promise<OfficeClosure> {
  const date = checkedDate(input.date, "input.date");
  const reason = requiredText(input.reason, "input.reason", MAX_REASON_LENGTH);
  const scope = input.scope ?? OfficeClosureScope.CITY;
  const at = now();
  try {
    return await dataSource.transaction(async (manager) => {
      const active = (await manager.query(`SELECT 1 FROM ${CLOSURES} WHERE "date" = $1::date AND "withdrawn_at" IS NULL`, [date])) as unknown[];
      if (active.length > 0) {
        throw conflict("That date is already closed; withdraw the closure first to change it");
      }
      const version = await nextVersion(manager);
      const [row] = (await manager.query(
        `INSERT INTO ${CLOSURES} ("id", "date", "scope", "reason", "announced_at", "declared_by", "declared_version")
         VALUES ($1, $2::date, $3, $4, $5::timestamptz, $6, $7::int) RETURNING ${COLUMNS}`,
        [randomUUID(), date, scope, reason, at.toISOString(), actor.subject, version],
      )) as ClosureRow[];
      const closure = closureOf(row);
      await distribute(manager, closure, OfficeClosureAction.DECLARED, version, actor, at);
      return closure;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("That date is already closed; withdraw the closure first to change it");
    }
    throw error;
  }
}

/** The active closure of a date, as the withdrawal's write target (null: none, NOT_FOUND). */
export async function activeClosureOn(dataSource: DataSource, date: string, principal: Principal): Promise<ClosureTarget | null> {
  const rows = (await dataSource.query(`SELECT ${COLUMNS} FROM ${CLOSURES} WHERE "date" = $1::date AND "withdrawn_at" IS NULL`, [checkedDate(date, "date")])) as ClosureRow[];
  return rows.length === 0 ? null : { ...closureOf(rows[0]), inScope: principal.org === CITY_ORG };
}

/** An announcement revoked: the row stays, marked withdrawn, and the agencies are told (issue #8). */
export async function withdrawOfficeClosure(dataSource: DataSource, date: string, actor: Principal): Promise<OfficeClosure> {
  const checked = checkedDate(date, "date");
  const at = now();
  return dataSource.transaction(async (manager) => {
    const version = await nextVersion(manager);
    const rows = (await manager.query(
      `WITH "withdrawn" AS (
         UPDATE ${CLOSURES} SET "withdrawn_at" = $2::timestamptz, "withdrawn_by" = $3, "withdrawn_version" = $4::int
          WHERE "date" = $1::date AND "withdrawn_at" IS NULL
          RETURNING *
       )
       SELECT ${COLUMNS} FROM "withdrawn"`,
      [checked, at.toISOString(), actor.subject, version],
    )) as ClosureRow[];
    if (rows.length === 0) {
      throw notFound("OfficeClosure");
    }
    const closure = closureOf(rows[0]);
    await distribute(manager, closure, OfficeClosureAction.WITHDRAWN, version, actor, at);
    return closure;
  });
}

export async function closuresOfYear(dataSource: DataSource, year: number): Promise<OfficeClosure[]> {
  const rows = (await dataSource.query(
    `SELECT ${COLUMNS} FROM ${CLOSURES} WHERE "date" >= make_date($1::int, 1, 1) AND "date" < make_date($1::int + 1, 1, 1) ORDER BY "date", "declared_version"`,
    [year],
  )) as ClosureRow[];
  return rows.map(closureOf);
}
