import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import { isIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/clock";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { Sex } from "../../../shared/domain/enums";
import { ErrorCode } from "../../../shared/errors";
import {
  CheckedLine, CHILD_COLUMNS, checkChildLine, ChildLineSkipReason, csvDirectorySource, CsvRow, FeedDefinition, feedJob, FeedRowContext, readFeedConfig, RowOutcome, senderRowKey, skipped, TAKEN,
} from "../../../shared/feeds";
import type { Logger } from "../../../shared/logger";
import type { BackgroundJob } from "../../../shared/subgraph/jobs";
import { NoticeCandidate, noticeCandidate, takeNoticeIn } from "../child-care/child-care.intake";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/** The feed's name (its runs, its job `feed:low-income-disability`, its settings FEED_LOW_INCOME_DISABILITY_*). */
export const LOW_INCOME_DISABILITY_FEED = "low-income-disability";

/** The notices' sender: social's own feed of the six national systems' file (not another agency's service). */
export const SIX_SYSTEMS_SENDER = "six-national-systems";

/** docs/feeds/low-income-disability.md: who holds the certificate, in the child's terms. */
export const CERTIFICATE_HOLDER_RELATIONS = ["FATHER", "MOTHER", "STEPPARENT", "GRANDPARENT", "SIBLING", "OTHER_RELATIVE"] as const;

/** docs/feeds/low-income-disability.md: the header, in order. */
export const LOW_INCOME_DISABILITY_COLUMNS = [...CHILD_COLUMNS, "certificate_holder_name", "certificate_holder_relation", "already_served", "listed_on"] as const;

type Column = (typeof LOW_INCOME_DISABILITY_COLUMNS)[number];
type Values = Readonly<Record<Column, string>>;

/** Why a line of the file is skipped besides the child's columns, R7/B6's exclusions and the kit's ALREADY_TAKEN. */
export enum LowIncomeDisabilitySkipReason {
  MALFORMED_CERTIFICATE_HOLDER = "MALFORMED_CERTIFICATE_HOLDER",
  MALFORMED_ALREADY_SERVED = "MALFORMED_ALREADY_SERVED",
}

/** B6's own columns after the child's: the sender's date, who holds the certificate, whether already served. */
function sixSystemsColumnsProblem(values: Values, today: string): string | null {
  if (!isIsoDate(values.listed_on) || values.listed_on > today || values.listed_on < values.birth_date) {
    return ChildLineSkipReason.MALFORMED_DATE;
  }
  const holder = values.certificate_holder_name;
  if (holder === "" || holder.length > 60 || !(CERTIFICATE_HOLDER_RELATIONS as readonly string[]).includes(values.certificate_holder_relation)) {
    return LowIncomeDisabilitySkipReason.MALFORMED_CERTIFICATE_HOLDER;
  }
  return values.already_served === "Y" || values.already_served === "N" ? null : LowIncomeDisabilitySkipReason.MALFORMED_ALREADY_SERVED;
}

/** Checks one line against the documented format; the first problem is the reason (a code). */
export function checkLowIncomeDisabilityLine(row: CsvRow, today: string): CheckedLine<Column> {
  return checkChildLine(row, LOW_INCOME_DISABILITY_COLUMNS, today, (values) => sixSystemsColumnsProblem(values, today));
}

/**
 * B6 (category 8): a line as social's own notice, through the intake's screening and matching
 * (child-care.intake.ts) in the page's transaction: R7's OVER_AGE and B6's ALREADY_SERVED are
 * stored with their reason (childCareExclusions) and counted in the run as skipped; otherwise the
 * child's one case at the household district's unit. Who holds the certificate and the relation
 * are stored on the notice (certificateHolder, relation).
 */
async function takeLine(manager: EntityManager, row: CsvRow, values: Values): Promise<RowOutcome> {
  const candidate = candidateOf(senderRowKey(row), values);
  if (candidate === null) {
    return skipped(ChildLineSkipReason.MALFORMED_LINE);
  }
  const notice = await takeNoticeIn(manager, candidate);
  return notice.exclusionReason === null ? TAKEN : skipped(notice.exclusionReason);
}

/** The line as the intake's notice; null when the intake's own checks (the same as the format's) refuse it: a bad row is skipped, never the page. */
function candidateOf(rowKey: string, values: Values): NoticeCandidate | null {
  try {
    return noticeCandidate(
      {
        clientKey: `feed:${LOW_INCOME_DISABILITY_FEED}:${rowKey}`,
        category: ChildCareCategory.LOW_INCOME_DISABILITY,
        noticedOn: values.listed_on,
        child: {
          idNumber: values.child_id_number,
          name: values.child_name,
          birthDate: values.birth_date,
          sex: values.sex === "M" ? Sex.MALE : Sex.FEMALE,
          motherName: values.mother_name === "" ? null : values.mother_name,
          motherIdNumber: values.mother_id_number === "" ? null : values.mother_id_number,
          householdDistrict: values.household_district_code,
        },
        details: {
          certificateHolder: values.certificate_holder_name,
          relation: values.certificate_holder_relation,
          alreadyServed: values.already_served === "Y",
          importRow: rowKey,
        },
        prefix: "",
      },
      SIX_SYSTEMS_SENDER,
    );
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
      return null;
    }
    throw error;
  }
}

/**
 * The six national systems' file (B6, B8; docs/feeds/low-income-disability.md): children of
 * low-income or near-low-income households where a member holds a mental or intellectual
 * disability certificate, matched against the six systems, each flagged when its household is
 * already served. Pulled by social from its delivery directory, monthly by default (R1).
 */
export function lowIncomeDisabilityFeed(directory: string): FeedDefinition<CsvRow> {
  return {
    name: LOW_INCOME_DISABILITY_FEED,
    source: () => csvDirectorySource(directory),
    rowKey: senderRowKey,
    handle: async (manager, row, context: FeedRowContext) => {
      const line = checkLowIncomeDisabilityLine(row, taipeiDateOf(context.startedAt));
      return line.ok ? takeLine(manager, row, line.values) : skipped(line.reason);
    },
  };
}

/** R1: the file arrives in data/feeds/low-income-disability, pulled on the 1st of each month by default; both are settings (the seeds give it no rhythm). */
export const LOW_INCOME_DISABILITY_FEED_DEFAULTS = { schedule: "monthly:1", directory: "data/feeds/low-income-disability" } as const;

/** The feed as social's scheduled job (tests: `platform.runJob("social", feedJobName(LOW_INCOME_DISABILITY_FEED))`). */
export function lowIncomeDisabilityFeedJob(environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> }): BackgroundJob {
  const config = readFeedConfig(LOW_INCOME_DISABILITY_FEED, LOW_INCOME_DISABILITY_FEED_DEFAULTS);
  return feedJob(environment, S, lowIncomeDisabilityFeed(config.directory), config);
}
