import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { isIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/clock";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { Sex } from "../../../shared/domain/enums";
import {
  CheckedLine, CHILD_COLUMNS, checkChildLine, ChildLineSkipReason, csvDirectorySource, CsvRow, FeedDefinition, feedJob, FeedRowContext, readFeedConfig, RowOutcome, senderRowKey, skipped, TAKEN,
} from "../../../shared/feeds";
import type { Logger } from "../../../shared/logger";
import { enqueueMany, HandOffMessage } from "../../../shared/outbox/enqueue";
import type { BackgroundJob } from "../../../shared/subgraph/jobs";
import { HEALTH_SCHEMA as S } from "../schema-name";
import { ageInYearsOn } from "../vaccination/cdc-feed";
import { RECEIVE_CHILD_CARE_NOTICE } from "../vaccination/vaccination.service";

/** The feed's name (its runs, its job `feed:nhia-uninsured`, its settings FEED_NHIA_UNINSURED_*). */
export const NHIA_FEED = "nhia-uninsured";

/** docs/feeds/nhia-uninsured.md: the header, in order. */
export const NHIA_COLUMNS = [...CHILD_COLUMNS, "uninsured_since", "nhia_listed_on"] as const;

type NhiaColumn = (typeof NHIA_COLUMNS)[number];
type NhiaValues = Readonly<Record<NhiaColumn, string>>;

/** Why an NHIA line is skipped besides the child's columns and the kit's ALREADY_TAKEN. */
export enum NhiaSkipReason {
  /** B5 is "未納入健保逾1年": a start date less than a year before the NHIA's listing is not category 4. */
  NOT_OVER_ONE_YEAR = "NOT_OVER_ONE_YEAR",
  /** The same child and the same start date were noticed from an earlier list (the NHIA lists a child on each list until insured). */
  ALREADY_NOTICED = "ALREADY_NOTICED",
}

/** B5's own columns after the child's: the start date as given, and over a year before the list. */
function nhiaColumnsProblem(values: NhiaValues, today: string): string | null {
  const { uninsured_since: since, nhia_listed_on: listedOn } = values;
  if (!isIsoDate(since) || !isIsoDate(listedOn) || since < values.birth_date || listedOn < since || listedOn > today) {
    return ChildLineSkipReason.MALFORMED_DATE;
  }
  return ageInYearsOn(since, listedOn) < 1 ? NhiaSkipReason.NOT_OVER_ONE_YEAR : null;
}

/** Checks one line against the documented format; the first problem is the reason (a code). */
export function checkNhiaLine(row: CsvRow, today: string): CheckedLine<NhiaColumn> {
  return checkChildLine(row, NHIA_COLUMNS, today, (values) => nhiaColumnsProblem(values, today));
}

/** The health centre of the child's household district sends the notice: the feed acts for it (its nurse's role), not for a person. */
function centreFeed(centreCode: string): Principal {
  return { subject: `system:${NHIA_FEED}-feed`, role: Role.HEALTH_NURSE, org: centreCode, villages: [] };
}

const keyOf = (values: NhiaValues): string => `${values.child_id_number}|${values.uninsured_since}`;
const orNull = (value: string): string | null => (value === "" ? null : value);

/**
 * The children and start dates of a page already stored from an earlier list: their last listing
 * moves to the page's latest (two statements whatever the page's size).
 */
async function relisted(manager: EntityManager, lines: readonly NhiaValues[]): Promise<Set<string>> {
  const stored = (await manager.query(
    `SELECT "id_number", "uninsured_since"::text AS "since" FROM "${S}"."uninsured_children"
      WHERE ("id_number", "uninsured_since") IN (SELECT * FROM unnest($1::text[], $2::date[])) FOR UPDATE`,
    [lines.map((values) => values.child_id_number), lines.map((values) => values.uninsured_since)],
  )) as { id_number: string; since: string }[];
  if (stored.length > 0) {
    await manager.query(
      `UPDATE "${S}"."uninsured_children" AS "status" SET "last_listed_on" = GREATEST("status"."last_listed_on", "listed"."on")
         FROM (SELECT "id_number", "since", max("on") AS "on" FROM unnest($1::text[], $2::date[], $3::date[]) AS "line" ("id_number", "since", "on") GROUP BY 1, 2) AS "listed"
        WHERE "status"."id_number" = "listed"."id_number" AND "status"."uninsured_since" = "listed"."since"`,
      [lines.map((values) => values.child_id_number), lines.map((values) => values.uninsured_since), lines.map((values) => values.nhia_listed_on)],
    );
  }
  return new Set(stored.map((row) => `${row.id_number}|${row.since}`));
}

/** Social's child-care notice of a child (docs/programme-b.md, category UNINSURED), for health's outbox (D3). */
function noticeOf(values: NhiaValues, today: string): HandOffMessage {
  return {
    kind: "child-care-notice",
    operation: RECEIVE_CHILD_CARE_NOTICE,
    actor: centreFeed(values.household_district_code),
    variables: (clientKey) => ({
      input: {
        clientKey,
        category: ChildCareCategory.UNINSURED,
        idNumber: values.child_id_number,
        name: values.child_name,
        birthDate: values.birth_date,
        sex: values.sex === "M" ? Sex.MALE : Sex.FEMALE,
        motherName: orNull(values.mother_name),
        motherIdNumber: orNull(values.mother_id_number),
        householdDistrict: values.household_district_code,
        noticedOn: today,
        uninsuredSince: values.uninsured_since,
      },
    }),
  };
}

/**
 * B5: a page's lines. Each child's insurance status as the NHIA gave it (uninsured since, stored
 * as given) and, the first time the child is listed with that start date, social's notice in the
 * same transaction through health's outbox; social screens it (R7, the entry/exit records). A
 * child listed again with the same start date (an earlier list, or the same page) is
 * ALREADY_NOTICED: only its last listing moves.
 */
async function handleNhiaPage(manager: EntityManager, rows: readonly CsvRow[], context: FeedRowContext): Promise<RowOutcome[]> {
  const today = taipeiDateOf(context.startedAt);
  const lines = rows.map((row) => checkNhiaLine(row, today));
  const good = lines.flatMap((line) => (line.ok ? [line.values] : []));
  if (good.length === 0) {
    return lines.map((line) => (line.ok ? TAKEN : skipped(line.reason)));
  }
  const noticed = await relisted(manager, good);
  const fresh = new Map<string, { values: NhiaValues; lastListedOn: string }>();
  const outcomes = new Map<NhiaValues, RowOutcome>();
  for (const values of good) {
    const key = keyOf(values);
    const first = fresh.get(key);
    if (noticed.has(key) || first !== undefined) {
      if (first !== undefined && values.nhia_listed_on > first.lastListedOn) {
        first.lastListedOn = values.nhia_listed_on;
      }
      outcomes.set(values, skipped(NhiaSkipReason.ALREADY_NOTICED));
    } else {
      fresh.set(key, { values, lastListedOn: values.nhia_listed_on });
      outcomes.set(values, TAKEN);
    }
  }
  const children = [...fresh.values()];
  // One outbox row per new child, in the page's transaction: a rolled-back page sends nothing.
  const noticeKeys = await enqueueMany(manager, children.map(({ values }) => noticeOf(values, today)));
  const statuses = children.map(({ values, lastListedOn }, index) => ({
    id: randomUUID(),
    id_number: values.child_id_number,
    name: values.child_name,
    sex: values.sex === "M" ? Sex.MALE : Sex.FEMALE,
    birth_date: values.birth_date,
    health_centre_code: values.household_district_code,
    mother_name: orNull(values.mother_name),
    mother_id_number: orNull(values.mother_id_number),
    uninsured_since: values.uninsured_since,
    nhia_row_id: values.row_id,
    nhia_listed_on: values.nhia_listed_on,
    last_listed_on: lastListedOn,
    notice_key: noticeKeys[index],
  }));
  if (statuses.length > 0) {
    await manager.query(
      `INSERT INTO "${S}"."uninsured_children" ("id", "id_number", "name", "sex", "birth_date", "health_centre_code", "mother_name", "mother_id_number",
         "uninsured_since", "nhia_row_id", "nhia_listed_on", "last_listed_on", "notice_key", "created_at")
       SELECT "id", "id_number", "name", "sex", "birth_date", "health_centre_code", "mother_name", "mother_id_number",
              "uninsured_since", "nhia_row_id", "nhia_listed_on", "last_listed_on", "notice_key", $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS "line" ("id" uuid, "id_number" text, "name" text, "sex" text, "birth_date" date, "health_centre_code" text,
              "mother_name" text, "mother_id_number" text, "uninsured_since" date, "nhia_row_id" text, "nhia_listed_on" date, "last_listed_on" date, "notice_key" uuid)`,
      [JSON.stringify(statuses), context.startedAt.toISOString()],
    );
  }
  return lines.map((line) => (line.ok ? (outcomes.get(line.values) ?? TAKEN) : skipped(line.reason)));
}

/**
 * The NHIA's list of children uninsured for over a year (B5, B8; docs/feeds/nhia-uninsured.md),
 * pulled by health from its delivery directory on the 10th and 25th (R1). The NHIA has excluded
 * emigrated children already (B5); social screens again at intake.
 */
export function nhiaFeed(directory: string): FeedDefinition<CsvRow> {
  return {
    name: NHIA_FEED,
    source: () => csvDirectorySource(directory),
    rowKey: senderRowKey,
    handle: async (manager, row, context) => (await handleNhiaPage(manager, [row], context))[0],
    handlePage: handleNhiaPage,
  };
}

/** B8, R1: the NHIA's files arrive in data/feeds/nhia by default, on the 10th and 25th; both are settings. */
export const NHIA_FEED_DEFAULTS = { schedule: "days-of-month:10,25", directory: "data/feeds/nhia" } as const;

/** The NHIA feed as health's scheduled job (tests: `platform.runJob("health", feedJobName(NHIA_FEED))`). */
export function nhiaFeedJob(environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> }): BackgroundJob {
  const config = readFeedConfig(NHIA_FEED, NHIA_FEED_DEFAULTS);
  return feedJob(environment, S, nhiaFeed(config.directory), config);
}
