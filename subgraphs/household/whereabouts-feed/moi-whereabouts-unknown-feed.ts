import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { isIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/clock";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { isDistrictCode } from "../../../shared/domain/districts";
import { Sex } from "../../../shared/domain/enums";
import { isValidIdentityNumber } from "../../../shared/domain/identity-number";
import {
  CheckedLine, ChildLineSkipReason, csvDirectorySource, CsvRow, FeedDefinition, feedJob, FeedRowContext, lineValues, readFeedConfig, RowOutcome, SENDER_ROW_ID, senderRowKey, skipped, TAKEN,
} from "../../../shared/feeds";
import type { Logger } from "../../../shared/logger";
import { enqueueMany, HandOffMessage } from "../../../shared/outbox/enqueue";
import type { BackgroundJob } from "../../../shared/subgraph/jobs";
import { RECEIVE_CHILD_CARE_NOTICE } from "../ex-officio/ex-officio.hand-offs";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** The feed's name (its runs, its job `feed:moi-whereabouts-unknown`, its settings FEED_MOI_WHEREABOUTS_UNKNOWN_*). */
export const MOI_WHEREABOUTS_FEED = "moi-whereabouts-unknown";

/** docs/feeds/moi-whereabouts-unknown.md: the header, in order. */
export const MOI_WHEREABOUTS_COLUMNS = [
  "row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "village", "category", "registering_office_code", "registered_on", "moi_listed_on",
] as const;

type Column = (typeof MOI_WHEREABOUTS_COLUMNS)[number];
type Values = Readonly<Record<Column, string>>;

/** Why a line is skipped besides the child's columns (ChildLineSkipReason) and the kit's ALREADY_TAKEN: codes, never values. */
export enum MoiWhereaboutsSkipReason {
  /** The child is household's own ex-officio record (B2, B3): its path has noticed, or will notice, social already. */
  ALREADY_ON_PLATFORM = "ALREADY_ON_PLATFORM",
  /** The national list carries every city's children: another city's social units take theirs. */
  OUTSIDE_CITY = "OUTSIDE_CITY",
  /** The same child, category and registration came on an earlier list (戶政司 lists a child until found). */
  ALREADY_NOTICED = "ALREADY_NOTICED",
  MALFORMED_CATEGORY = "MALFORMED_CATEGORY",
  MALFORMED_VILLAGE = "MALFORMED_VILLAGE",
  MALFORMED_OFFICE = "MALFORMED_OFFICE",
}

/** The file's category column: 1 ex-officio birth (B2), 2 ex-officio move (B3), as social's categories 1 and 2. */
const CATEGORY: Readonly<Record<string, ChildCareCategory>> = { "1": ChildCareCategory.EX_OFFICIO_BIRTH, "2": ChildCareCategory.EX_OFFICIO_MOVE };

/** An administrative area code of any city (the MOI's 8 digits); Taipei's are shared/domain/districts.ts's. */
const AREA_CODE = /^\d{8}$/;
/** A household registration office's code (戶政事務所代碼), of any city. */
const OFFICE_CODE = /^[A-Za-z0-9]{1,8}$/;

/** Every column against the documented format, the first problem's code, or null; the district last (OUTSIDE_CITY is not malformed). */
function columnsProblem(values: Values, today: string): string | null {
  if (!SENDER_ROW_ID.test(values.row_id)) {
    return ChildLineSkipReason.MALFORMED_ROW_ID;
  }
  if (!isValidIdentityNumber(values.child_id_number)) {
    return ChildLineSkipReason.MALFORMED_ID_NUMBER;
  }
  if (values.child_name === "" || values.child_name.length > 60) {
    return ChildLineSkipReason.MALFORMED_NAME;
  }
  if (values.sex !== "M" && values.sex !== "F") {
    return ChildLineSkipReason.MALFORMED_SEX;
  }
  const { birth_date: born, registered_on: registered, moi_listed_on: listed } = values;
  if (!isIsoDate(born) || !isIsoDate(registered) || !isIsoDate(listed) || registered < born || listed < registered || listed > today) {
    return ChildLineSkipReason.MALFORMED_DATE;
  }
  if (CATEGORY[values.category] === undefined) {
    return MoiWhereaboutsSkipReason.MALFORMED_CATEGORY;
  }
  if (values.village === "" || values.village.length > 20) {
    return MoiWhereaboutsSkipReason.MALFORMED_VILLAGE;
  }
  if (!OFFICE_CODE.test(values.registering_office_code)) {
    return MoiWhereaboutsSkipReason.MALFORMED_OFFICE;
  }
  if (!AREA_CODE.test(values.household_district_code)) {
    return ChildLineSkipReason.UNKNOWN_DISTRICT;
  }
  return isDistrictCode(values.household_district_code) ? null : MoiWhereaboutsSkipReason.OUTSIDE_CITY;
}

/** Checks one line against the documented format; the first problem is the reason (a code). */
export function checkMoiWhereaboutsLine(row: CsvRow, today: string): CheckedLine<Column> {
  const values = lineValues(row, MOI_WHEREABOUTS_COLUMNS);
  if (values === null) {
    return { ok: false, reason: ChildLineSkipReason.MALFORMED_LINE };
  }
  const problem = columnsProblem(values, today);
  return problem === null ? { ok: true, values } : { ok: false, reason: problem };
}

/** The household office of the child's 戶籍地 district sends the notice: the feed acts for it (its clerk's role), not for a person. */
function officeFeed(districtCode: string): Principal {
  return { subject: `system:${MOI_WHEREABOUTS_FEED}-feed`, role: Role.HOUSEHOLD_CLERK, org: districtCode, villages: [] };
}

const keyOf = (values: Values): string => `${values.child_id_number}|${values.category}|${values.registered_on}`;

interface KnownChild {
  readonly personId: string;
  readonly exOfficio: boolean;
}

/** The page's children household holds as persons, and whether it holds an ex-officio record of them (one statement). */
async function knownChildren(manager: EntityManager, idNumbers: readonly string[]): Promise<Map<string, KnownChild>> {
  const rows = (await manager.query(
    `SELECT DISTINCT ON ("person"."id_number") "person"."id_number", "person"."id" AS "person_id",
            EXISTS (SELECT 1 FROM "${S}"."ex_officio_records" AS "record" WHERE "record"."person_id" = "person"."id") AS "ex_officio"
       FROM "${S}"."persons" AS "person" WHERE "person"."id_number" = ANY($1::text[])
      ORDER BY "person"."id_number", 3 DESC, "person"."id"`,
    [idNumbers],
  )) as { id_number: string; person_id: string; ex_officio: boolean }[];
  return new Map(rows.map((row) => [row.id_number, { personId: row.person_id, exOfficio: row.ex_officio }]));
}

/** The page's children, categories and registrations already stored from an earlier list, locked for the page. */
async function noticedBefore(manager: EntityManager, lines: readonly Values[]): Promise<Set<string>> {
  const rows = (await manager.query(
    `SELECT "id_number", "category"::text AS "category", "registered_on"::text AS "registered_on" FROM "${S}"."moi_whereabouts_unknown_children"
      WHERE ("id_number", "category", "registered_on") IN (SELECT * FROM unnest($1::text[], $2::smallint[], $3::date[])) FOR UPDATE`,
    [lines.map((values) => values.child_id_number), lines.map((values) => Number(values.category)), lines.map((values) => values.registered_on)],
  )) as { id_number: string; category: string; registered_on: string }[];
  return new Set(rows.map((row) => `${row.id_number}|${row.category}|${row.registered_on}`));
}

const sexOf = (values: Values): Sex => (values.sex === "M" ? Sex.MALE : Sex.FEMALE);

/** Social's child-care notice (docs/programme-b.md, category 1 or 2), the contract of the ex-officio record's path, for household's outbox (D3). */
function noticeOf(values: Values, personId: string | null, today: string): HandOffMessage {
  return {
    kind: "child-care-notice",
    operation: RECEIVE_CHILD_CARE_NOTICE,
    actor: officeFeed(values.household_district_code),
    variables: (clientKey) => ({
      input: {
        clientKey,
        category: CATEGORY[values.category],
        personId,
        idNumber: values.child_id_number,
        name: values.child_name,
        birthDate: values.birth_date,
        sex: sexOf(values),
        householdDistrict: values.household_district_code,
        noticedOn: today,
      },
    }),
  };
}

/**
 * B2, B3, B8: a page's lines. Another city's child is OUTSIDE_CITY; a child household holds as its
 * own ex-officio record is ALREADY_ON_PLATFORM (its record's path notices social); a child listed
 * again with the same category and registration (an earlier list, or the same page) is
 * ALREADY_NOTICED. Every other child is stored with the dates as given and, in the same
 * transaction, social is noticed through household's outbox; social screens it (R7, the
 * entry/exit records) and joins it to the child's one case.
 */
async function handleMoiPage(manager: EntityManager, rows: readonly CsvRow[], context: FeedRowContext): Promise<RowOutcome[]> {
  const today = taipeiDateOf(context.startedAt);
  const lines = rows.map((row) => checkMoiWhereaboutsLine(row, today));
  const good = lines.flatMap((line) => (line.ok ? [line.values] : []));
  const outcomes = new Map<Values, RowOutcome>();
  const fresh: { values: Values; personId: string | null }[] = [];
  if (good.length > 0) {
    const known = await knownChildren(manager, good.map((values) => values.child_id_number));
    const noticed = await noticedBefore(manager, good);
    for (const values of good) {
      const person = known.get(values.child_id_number);
      if (person?.exOfficio === true) {
        outcomes.set(values, skipped(MoiWhereaboutsSkipReason.ALREADY_ON_PLATFORM));
      } else if (noticed.has(keyOf(values))) {
        outcomes.set(values, skipped(MoiWhereaboutsSkipReason.ALREADY_NOTICED));
      } else {
        noticed.add(keyOf(values));
        fresh.push({ values, personId: person?.personId ?? null });
        outcomes.set(values, TAKEN);
      }
    }
  }
  // One outbox row per new child, in the page's transaction: a rolled-back page sends nothing.
  const noticeKeys = await enqueueMany(manager, fresh.map(({ values, personId }) => noticeOf(values, personId, today)));
  if (fresh.length > 0) {
    const children = fresh.map(({ values, personId }, index) => ({
      id: randomUUID(),
      moi_row_id: values.row_id,
      id_number: values.child_id_number,
      name: values.child_name,
      sex: sexOf(values),
      birth_date: values.birth_date,
      household_district_code: values.household_district_code,
      village: values.village,
      category: Number(values.category),
      registering_office_code: values.registering_office_code,
      registered_on: values.registered_on,
      moi_listed_on: values.moi_listed_on,
      person_id: personId,
      notice_key: noticeKeys[index],
    }));
    await manager.query(
      `INSERT INTO "${S}"."moi_whereabouts_unknown_children" ("id", "moi_row_id", "id_number", "name", "sex", "birth_date", "household_district_code", "village", "category",
         "registering_office_code", "registered_on", "moi_listed_on", "person_id", "notice_key", "feed_run_id", "created_at")
       SELECT "id", "moi_row_id", "id_number", "name", "sex", "birth_date", "household_district_code", "village", "category",
              "registering_office_code", "registered_on", "moi_listed_on", "person_id", "notice_key", $2::uuid, $3::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS "line" ("id" uuid, "moi_row_id" text, "id_number" text, "name" text, "sex" text, "birth_date" date, "household_district_code" text,
              "village" text, "category" smallint, "registering_office_code" text, "registered_on" date, "moi_listed_on" date, "person_id" uuid, "notice_key" uuid)`,
      [JSON.stringify(children), context.runId, context.startedAt.toISOString()],
    );
  }
  return lines.map((line) => (line.ok ? (outcomes.get(line.values) ?? TAKEN) : skipped(line.reason)));
}

/**
 * 內政部戶政司's list of children registered ex officio whose whereabouts are unknown (B2, B3, B8;
 * docs/feeds/moi-whereabouts-unknown.md), pulled by household from its delivery directory on the
 * 10th and 25th (R1): Taipei's children registered by offices outside the platform (other cities'
 * offices, the national system) reach social as the platform's own ex-officio records do.
 */
export function moiWhereaboutsUnknownFeed(directory: string): FeedDefinition<CsvRow> {
  return {
    name: MOI_WHEREABOUTS_FEED,
    source: () => csvDirectorySource(directory),
    rowKey: senderRowKey,
    handle: async (manager, row, context) => (await handleMoiPage(manager, [row], context))[0],
    handlePage: handleMoiPage,
  };
}

/** B8, R1: the list arrives in data/feeds/moi by default, on the 10th and 25th; both are settings. */
export const MOI_WHEREABOUTS_FEED_DEFAULTS = { schedule: "days-of-month:10,25", directory: "data/feeds/moi" } as const;

/** The feed as household's scheduled job (tests: `platform.runJob("household", feedJobName(MOI_WHEREABOUTS_FEED))`). */
export function moiWhereaboutsUnknownFeedJob(environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> }): BackgroundJob {
  const config = readFeedConfig(MOI_WHEREABOUTS_FEED, MOI_WHEREABOUTS_FEED_DEFAULTS);
  return feedJob(environment, S, moiWhereaboutsUnknownFeed(config.directory), config);
}
