import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { quotedSchema } from "../../audit/table";
import { requireClientKey } from "../../db/idempotent-intake";
import { recomputeOpenDeadlines } from "../../deadlines/lifecycle";
import { DEADLINES_TABLE } from "../../deadlines/table";
import { badUserInput, conflict } from "../../errors";
import { requiredText } from "../../validation/form-text";
import { checkIsoDate, IsoDate } from "../iso-date";
import type { OfficeCalendar } from "../office-calendar";
import { taipeiInstant } from "../taipei-time";
import { calendarComputeDue } from "./compute-due";
import { officeClosuresTableOf } from "./migration";
import { OfficeClosureAction, OfficeClosureNotice, OfficeClosureScope, ReceivedOfficeClosure } from "./notice";

/** What one deadline-owning agency's receiver works with. */
export interface ClosureReceiverSpec {
  readonly schema: string;
  /** The process's calendar (processCalendar()); tests may pass their own. */
  readonly calendar: () => OfficeCalendar;
  /** The agency's clock: the platform's (shared/clock.ts), faked in tests. */
  readonly now: () => Date;
  /** The agency's DUE_SOON threshold, for the states the recompute re-derives. */
  readonly dueSoonWithinMs: number;
}

export const MAX_REASON_LENGTH = 100;

interface NoticeRow {
  id: string;
  client_key: string;
  date: string;
  action: OfficeClosureAction;
  scope: OfficeClosureScope;
  reason: string;
  announced_at: Date | string;
  owner_version: number;
  received_at: Date | string;
}

const COLUMNS = `"id"::text AS "id", "client_key", to_char("date", 'YYYY-MM-DD') AS "date", "action", "scope", "reason", "announced_at", "owner_version", "received_at"`;

function instantOf(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function receivedOf(row: NoticeRow): ReceivedOfficeClosure {
  return { id: row.id, date: row.date, action: row.action, version: row.owner_version, receivedAt: instantOf(row.received_at) };
}

/** Checked before anything is written; errors name the field, never a value. */
function checkedNotice(notice: OfficeClosureNotice, calendar: OfficeCalendar): OfficeClosureNotice {
  requireClientKey(notice.clientKey);
  const date = checkIsoDate(notice.date, "input.date");
  // A date outside the loaded years cannot be counted on (CalendarYearNotLoaded is BAD_USER_INPUT).
  calendar.day(date);
  if (!Number.isInteger(notice.version) || notice.version < 1) {
    throw badUserInput("input.version must be a whole number, at least 1", "input.version");
  }
  if (Number.isNaN(notice.announcedAt.getTime())) {
    throw badUserInput("input.announcedAt must be an instant", "input.announcedAt");
  }
  return { ...notice, date, reason: requiredText(notice.reason, "input.reason", MAX_REASON_LENGTH) };
}

function sameNotice(row: NoticeRow, notice: OfficeClosureNotice): boolean {
  return (
    row.date === notice.date &&
    row.action === notice.action &&
    row.scope === notice.scope &&
    row.reason === notice.reason &&
    row.owner_version === notice.version &&
    instantOf(row.announced_at).getTime() === notice.announcedAt.getTime()
  );
}

/** Stores the notice once per client key (D3); the same key with other content is a CONFLICT. */
async function storeOnce(dataSource: DataSource, spec: ClosureReceiverSpec, notice: OfficeClosureNotice): Promise<NoticeRow> {
  const table = officeClosuresTableOf(spec.schema);
  const inserted = (await dataSource.query(
    `INSERT INTO ${table} ("id", "client_key", "date", "action", "scope", "reason", "announced_at", "owner_version", "received_at")
     VALUES ($1, $2, $3::date, $4, $5, $6, $7::timestamptz, $8::int, $9::timestamptz)
     ON CONFLICT ("client_key") DO NOTHING
     RETURNING ${COLUMNS}`,
    [randomUUID(), notice.clientKey, notice.date, notice.action, notice.scope, notice.reason, notice.announcedAt.toISOString(), notice.version, spec.now().toISOString()],
  )) as NoticeRow[];
  if (inserted.length > 0) {
    return inserted[0];
  }
  const [stored] = (await dataSource.query(`SELECT ${COLUMNS} FROM ${table} WHERE "client_key" = $1`, [notice.clientKey])) as NoticeRow[];
  if (!sameNotice(stored, notice)) {
    throw conflict("This clientKey was already used for a different closure notice");
  }
  return stored;
}

/**
 * Brings the calendar in line with the agency's stored copy: for each date (all, or the ones
 * given) its latest notice by owner version decides whether it is closed. Returns the dates whose
 * closure changed in this calendar.
 */
export async function applyStoredClosures(dataSource: DataSource, spec: Pick<ClosureReceiverSpec, "schema" | "calendar">, dates?: readonly IsoDate[]): Promise<IsoDate[]> {
  const rows = (await dataSource.query(
    `SELECT DISTINCT ON ("date") ${COLUMNS} FROM ${officeClosuresTableOf(spec.schema)}
      WHERE $1::date[] IS NULL OR "date" = ANY($1::date[])
      ORDER BY "date", "owner_version" DESC`,
    [dates === undefined ? null : [...dates]],
  )) as NoticeRow[];
  const calendar = spec.calendar();
  const changed: IsoDate[] = [];
  for (const row of rows) {
    const before = calendar.version;
    const after = row.action === OfficeClosureAction.DECLARED ? calendar.addClosure({ date: row.date, reason: row.reason }) : calendar.removeClosure(row.date);
    if (after !== before) {
      changed.push(row.date);
    }
  }
  return changed;
}

/** Whether the agency's schema has shared/deadlines' tables yet (the receiver works before and after). */
async function hasDeadlines(dataSource: DataSource, schema: string): Promise<boolean> {
  const [row] = (await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS "present"`, [`${quotedSchema(schema)}."${DEADLINES_TABLE}"`])) as { present: boolean }[];
  return row.present;
}

/**
 * The intake of a city closure (issue #8): stores the agency's copy once, adds (or removes) it in
 * the process's calendar and recomputes the agency's open deadlines due on or after that day, so
 * a deadline at 12:00 on a typhoon day moves to 12:00 on the next working day. Breached deadlines
 * keep their breach (recomputeOpenDeadlines). A repeat delivery stores nothing new, and recomputes
 * again, which moves nothing: the owner's retry after a crash still gets the deadlines moved.
 */
export async function receiveOfficeClosure(dataSource: DataSource, spec: ClosureReceiverSpec, input: OfficeClosureNotice): Promise<ReceivedOfficeClosure> {
  const notice = checkedNotice(input, spec.calendar());
  const stored = await storeOnce(dataSource, spec, notice);
  await applyStoredClosures(dataSource, spec, [stored.date]);
  if (await hasDeadlines(dataSource, spec.schema)) {
    await recomputeOpenDeadlines(
      dataSource,
      { schema: spec.schema, now: spec.now, dueSoonWithinMs: spec.dueSoonWithinMs, computeDue: calendarComputeDue(spec.calendar) },
      { dueFrom: taipeiInstant(stored.date, 0) },
    );
  }
  return receivedOf(stored);
}
