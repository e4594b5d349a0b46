import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import { isIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/clock";
import { ChildCareExclusionReason } from "../../../shared/domain/child-care";
import { Sex } from "../../../shared/domain/enums";
import {
  CheckedLine, checkChildLine, ChildLineSkipReason, csvDirectorySource, CsvRow, FeedDefinition, feedJob, FeedRowContext, readFeedConfig, RowOutcome, senderRowKey, skipped, TAKEN,
} from "../../../shared/feeds";
import type { Logger } from "../../../shared/logger";
import type { BackgroundJob } from "../../../shared/subgraph/jobs";
import { FOLLOW_UP_SUBJECT, healthDeadlines } from "../deadlines";
import { HEALTH_SCHEMA as S } from "../schema-name";
import type { OverdueDose } from "./vaccination-follow-up.entity";
import { VaccinationFollowUpStatus } from "./vaccination.enums";

/** The feed's name (its runs, its job `feed:cdc-overdue-vaccination`, its settings FEED_CDC_*). */
export const CDC_FEED = "cdc-overdue-vaccination";

/** docs/feeds/cdc-overdue-vaccination.md: the header, in order. */
export const CDC_COLUMNS = [
  "row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "household_address",
  "mother_name", "mother_id_number", "vaccine", "dose", "due_date", "window_start", "window_end", "cdc_recorded_on",
] as const;

export type CdcColumn = (typeof CDC_COLUMNS)[number];

/** Why a CDC line is skipped (besides R7's OVER_AGE and the kit's ALREADY_TAKEN): codes, never the values. */
export const CdcSkipReason = {
  ...ChildLineSkipReason,
  MALFORMED_ADDRESS: "MALFORMED_ADDRESS",
  MALFORMED_VACCINE: "MALFORMED_VACCINE",
} as const;

/** R7: "6歲以下" is under 7 on the screening date. */
export const AGE_LIMIT_YEARS = 7;

/** Whole years from a birth date to a date (a birthday counts on its day; 29 Feb on 1 March in other years). */
export function ageInYearsOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = onDate.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A CDC line checked, or why it is skipped. */
export type CdcLine = CheckedLine<CdcColumn>;

/** The CDC's own columns after the child's; R7's age last. */
function cdcColumnsProblem(values: Readonly<Record<CdcColumn, string>>, screenedOn: string): string | null {
  const dates = [values.due_date, values.window_start, values.window_end, values.cdc_recorded_on];
  if (!dates.every(isIsoDate) || values.window_end < values.window_start) {
    return CdcSkipReason.MALFORMED_DATE;
  }
  if (values.household_address === "" || values.household_address.length > 200) {
    return CdcSkipReason.MALFORMED_ADDRESS;
  }
  if (values.vaccine === "" || values.vaccine.length > 40 || values.dose === "" || values.dose.length > 10) {
    return CdcSkipReason.MALFORMED_VACCINE;
  }
  return ageInYearsOn(values.birth_date, screenedOn) >= AGE_LIMIT_YEARS ? ChildCareExclusionReason.OVER_AGE : null;
}

/** Checks one line against the documented format; the first problem is the reason (a code). */
export function checkCdcLine(row: CsvRow, screenedOn: string): CdcLine {
  return checkChildLine(row, CDC_COLUMNS, screenedOn, (values) => cdcColumnsProblem(values, screenedOn));
}

/** Midnight Taipei of a date: the instant a CDC window starts (R2 counts from its date). */
function startOfTaipeiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

interface NewFollowUp {
  readonly id: string;
  readonly values: Readonly<Record<CdcColumn, string>>;
  readonly doses: OverdueDose[];
}

function doseOf(values: Readonly<Record<CdcColumn, string>>): OverdueDose {
  return { cdcRowId: values.row_id, vaccine: values.vaccine, dose: values.dose, dueOn: values.due_date };
}

/**
 * B4: a page's checked lines into the children's open follow-ups, in three statements whatever
 * the page's size: a child followed up already gets the doses added; a new child a follow-up
 * (a second line of the same child in the page joins it) with its 6-month deadline on the
 * working-day calendar from the CDC's window start. The CDC's dates are stored as given.
 */
async function takeCdcLines(manager: EntityManager, lines: readonly Readonly<Record<CdcColumn, string>>[], screenedOn: string, at: Date): Promise<void> {
  if (lines.length === 0) {
    return;
  }
  const children = [...new Set(lines.map((values) => values.child_id_number))];
  const open = (await manager.query(`SELECT "id"::text AS "id", "id_number" FROM "${S}"."vaccination_follow_ups" WHERE "id_number" = ANY($1::text[]) AND "status" = 'OPEN' FOR UPDATE`, [
    children,
  ])) as { id: string; id_number: string }[];
  const openByChild = new Map(open.map((row) => [row.id_number, row.id]));
  const added = new Map<string, OverdueDose[]>();
  const created = new Map<string, NewFollowUp>();
  for (const values of lines) {
    const existing = openByChild.get(values.child_id_number);
    if (existing !== undefined) {
      added.set(existing, [...(added.get(existing) ?? []), doseOf(values)]);
      continue;
    }
    const fresh = created.get(values.child_id_number);
    if (fresh === undefined) {
      created.set(values.child_id_number, { id: randomUUID(), values, doses: [doseOf(values)] });
    } else {
      fresh.doses.push(doseOf(values));
    }
  }
  if (added.size > 0) {
    await manager.query(
      `UPDATE "${S}"."vaccination_follow_ups" AS "follow_up" SET "doses" = "follow_up"."doses" || "added"."doses"
         FROM jsonb_to_recordset($1::jsonb) AS "added" ("id" uuid, "doses" jsonb) WHERE "follow_up"."id" = "added"."id"`,
      [JSON.stringify([...added].map(([id, doses]) => ({ id, doses })))],
    );
  }
  if (created.size === 0) {
    return;
  }
  const rows = [...created.values()].map(({ id, values, doses }) => ({
    id,
    id_number: values.child_id_number,
    name: values.child_name,
    sex: values.sex === "M" ? Sex.MALE : Sex.FEMALE,
    birth_date: values.birth_date,
    health_centre_code: values.household_district_code,
    household_address: values.household_address,
    mother_name: values.mother_name === "" ? null : values.mother_name,
    mother_id_number: values.mother_id_number === "" ? null : values.mother_id_number,
    doses,
    window_start: values.window_start,
    window_end: values.window_end,
    cdc_recorded_on: values.cdc_recorded_on,
  }));
  await manager.query(
    `INSERT INTO "${S}"."vaccination_follow_ups" ("id", "id_number", "name", "sex", "birth_date", "health_centre_code", "household_address", "mother_name",
       "mother_id_number", "doses", "window_start", "window_end", "cdc_recorded_on", "screened_on", "status", "created_at")
     SELECT "id", "id_number", "name", "sex", "birth_date", "health_centre_code", "household_address", "mother_name",
            "mother_id_number", "doses", "window_start", "window_end", "cdc_recorded_on", $2::date, $3, $4::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS "line" ("id" uuid, "id_number" text, "name" text, "sex" text, "birth_date" date, "health_centre_code" text,
            "household_address" text, "mother_name" text, "mother_id_number" text, "doses" jsonb, "window_start" date, "window_end" date, "cdc_recorded_on" date)`,
    [JSON.stringify(rows), screenedOn, VaccinationFollowUpStatus.OPEN, at.toISOString()],
  );
  await healthDeadlines.openMany(
    manager,
    "VACCINATION_CATCH_UP",
    [...created.values()].map(({ id, values }) => ({ subject: { type: FOLLOW_UP_SUBJECT, id }, startedAt: startOfTaipeiDay(values.window_start) })),
  );
}

/** A page of CDC lines: each checked (R7, the format), the good ones taken together. */
async function handleCdcPage(manager: EntityManager, rows: readonly CsvRow[], context: FeedRowContext): Promise<RowOutcome[]> {
  const screenedOn = taipeiDateOf(context.startedAt);
  const lines = rows.map((row) => checkCdcLine(row, screenedOn));
  await takeCdcLines(
    manager,
    lines.flatMap((line) => (line.ok ? [line.values] : [])),
    screenedOn,
    context.startedAt,
  );
  return lines.map((line) => (line.ok ? TAKEN : skipped(line.reason)));
}

/**
 * The CDC's daily file of children overdue for vaccination (B4, B8; docs/feeds/cdc-overdue-vaccination.md),
 * pulled by health from its delivery directory. A line the CDC gave a row id is keyed by it (a
 * re-delivered line is taken once); a line without a usable id by its file and line.
 */
export function cdcFeed(directory: string): FeedDefinition<CsvRow> {
  return {
    name: CDC_FEED,
    source: () => csvDirectorySource(directory),
    rowKey: senderRowKey,
    handle: async (manager, row, context) => (await handleCdcPage(manager, [row], context))[0],
    handlePage: handleCdcPage,
  };
}

/** B8, R1: the CDC's files arrive in data/feeds/cdc by default, and the feed runs daily; both are settings. */
export const CDC_FEED_DEFAULTS = { schedule: "daily", directory: "data/feeds/cdc" } as const;

/**
 * The CDC feed as health's scheduled job (tests: `platform.runJob("health", feedJobName(CDC_FEED))`).
 * Its settings are read when the subgraph's jobs are made, so a bad one stops the start (ConfigError).
 */
export function cdcFeedJob(environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> }): BackgroundJob {
  const config = readFeedConfig(CDC_FEED, CDC_FEED_DEFAULTS);
  return feedJob(environment, S, cdcFeed(config.directory), config);
}
