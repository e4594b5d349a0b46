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
import { enqueue } from "../../../shared/outbox/enqueue";
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

/**
 * B5: the child's insurance status as the NHIA gave it (uninsured since, stored as given), and,
 * the first time the child is listed with that start date, social's child-care notice (category
 * UNINSURED) in the same transaction through health's outbox (D3). Social screens it (R7, the
 * entry/exit records). A child listed again with the same start date only moves its last listing.
 */
async function takeNhiaLine(manager: EntityManager, values: NhiaValues, context: FeedRowContext): Promise<RowOutcome> {
  const today = taipeiDateOf(context.startedAt);
  const listed = (await manager.query(
    `UPDATE "${S}"."uninsured_children" SET "last_listed_on" = GREATEST("last_listed_on", $3::date) WHERE "id_number" = $1 AND "uninsured_since" = $2::date RETURNING "id"`,
    [values.child_id_number, values.uninsured_since, values.nhia_listed_on],
  )) as unknown[];
  // PostgreSQL answers an UPDATE … RETURNING as [rows, count], PGlite as rows.
  const rows = Array.isArray(listed[0]) ? (listed[0] as unknown[]) : listed;
  if (rows.length > 0) {
    return skipped(NhiaSkipReason.ALREADY_NOTICED);
  }
  const sex = values.sex === "M" ? Sex.MALE : Sex.FEMALE;
  const noticeKey = await enqueue(
    manager,
    {
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
          sex,
          motherName: values.mother_name === "" ? null : values.mother_name,
          motherIdNumber: values.mother_id_number === "" ? null : values.mother_id_number,
          householdDistrict: values.household_district_code,
          noticedOn: today,
          uninsuredSince: values.uninsured_since,
        },
      }),
    },
  );
  await manager.query(
    `INSERT INTO "${S}"."uninsured_children" ("id", "id_number", "name", "sex", "birth_date", "health_centre_code", "mother_name", "mother_id_number",
       "uninsured_since", "nhia_row_id", "nhia_listed_on", "last_listed_on", "notice_key", "created_at")
     VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9::date, $10, $11::date, $11::date, $12, $13::timestamptz)`,
    [
      randomUUID(), values.child_id_number, values.child_name, sex, values.birth_date, values.household_district_code,
      values.mother_name === "" ? null : values.mother_name, values.mother_id_number === "" ? null : values.mother_id_number,
      values.uninsured_since, values.row_id, values.nhia_listed_on, noticeKey, context.startedAt.toISOString(),
    ],
  );
  return TAKEN;
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
    handle: async (manager, row, context) => {
      const line = checkNhiaLine(row, taipeiDateOf(context.startedAt));
      return line.ok ? takeNhiaLine(manager, line.values, context) : skipped(line.reason);
    },
  };
}

/** B8, R1: the NHIA's files arrive in data/feeds/nhia by default, on the 10th and 25th; both are settings. */
export const NHIA_FEED_DEFAULTS = { schedule: "days-of-month:10,25", directory: "data/feeds/nhia" } as const;

/** The NHIA feed as health's scheduled job (tests: `platform.runJob("health", feedJobName(NHIA_FEED))`). */
export function nhiaFeedJob(environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> }): BackgroundJob {
  const config = readFeedConfig(NHIA_FEED, NHIA_FEED_DEFAULTS);
  return feedJob(environment, S, nhiaFeed(config.directory), config);
}
