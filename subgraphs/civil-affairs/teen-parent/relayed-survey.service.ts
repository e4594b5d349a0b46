import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { now, taipeiDateOf } from "../../../shared/clock";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { TeenParentSurveyRelayInput } from "../../../shared/graphql/teen-parent-survey";
import { CIVIL_AFFAIRS_SCHEMA as S } from "../schema-name";
import { forwardToSocial } from "./child-care-notice";
import { RelayedAnswers, RelayedTeenParentSurvey, TeenParentSurveyBatch } from "./relayed-survey.entity";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * B7, D3 (issue #12): 民政局's intake of household's monthly relay. Idempotent by the sender's key
 * (a retry returns the stored row); the survey and its notices to social commit together.
 */
export async function receiveTeenParentSurveys(dataSource: DataSource, input: TeenParentSurveyRelayInput): Promise<RelayedTeenParentSurvey> {
  const clientKey = requireClientKey(input.clientKey);
  if (!MONTH.test(input.month) || input.referredOn.slice(0, 7) !== input.month) {
    throw badUserInput("month must be YYYY-MM, the month of referredOn", "month");
  }
  if (findDistrict(input.officeCode)?.code !== input.officeCode) {
    throw badUserInput("officeCode must be a Taipei household office's district code", "officeCode");
  }
  if (input.babies.length === 0) {
    throw badUserInput("babies: a survey has at least one baby", "babies");
  }
  const { month, officeCode, surveyId, referredOn } = input;
  const answers: RelayedAnswers = {
    babies: input.babies, father: input.father, mother: input.mother, carer: input.carer, householdAddress: input.householdAddress,
    residenceAddress: input.residenceAddress, facebook: input.facebook, lineId: input.lineId, otherContact: input.otherContact,
    needs: input.needs, needOther: input.needOther, servicesReceived: input.servicesReceived, serviceOther: input.serviceOther,
    clerkName: input.clerkName, clerkPhone: input.clerkPhone,
  };
  const at = now();
  const candidate = Object.assign(new RelayedTeenParentSurvey(), {
    id: randomUUID(),
    clientKey,
    month,
    officeCode,
    surveyId: requireUuid(surveyId, "surveyId"),
    babyCount: input.babies.length,
    noticeCount: input.babies.length,
    referredOn,
    answers,
  });
  // A retry is the same survey of the same month and office; the answers are jsonb (key order is the store's), so not compared.
  const sameSurvey = (stored: RelayedTeenParentSurvey, sent: RelayedTeenParentSurvey) =>
    stored.surveyId === sent.surveyId && stored.month === sent.month && stored.officeCode === sent.officeCode;
  return intakeOnce(dataSource, RelayedTeenParentSurvey, candidate, sameSurvey, (manager) => forwardToSocial(manager, input, taipeiDateOf(at), at));
}

interface CountRow {
  month: string;
  office_code: string;
  surveys: number;
  babies: number;
  notices: number;
}

/** B7: the months' batches, newest first: counts by office and each survey's metadata. */
export async function teenParentSurveyBatches(dataSource: DataSource, months: number): Promise<TeenParentSurveyBatch[]> {
  const counts = (await dataSource.query(
    `SELECT "month", "office_code", count(*)::int AS "surveys", sum("baby_count")::int AS "babies", sum("notice_count")::int AS "notices"
     FROM "${S}"."teen_parent_surveys"
     WHERE "month" IN (SELECT DISTINCT "month" FROM "${S}"."teen_parent_surveys" ORDER BY "month" DESC LIMIT $1)
     GROUP BY "month", "office_code" ORDER BY "month" DESC, "office_code"`,
    [months],
  )) as CountRow[];
  const batchMonths = [...new Set(counts.map((row) => row.month))];
  const surveys = await dataSource
    .getRepository(RelayedTeenParentSurvey)
    .createQueryBuilder("survey")
    .where("survey.month = ANY(:months)", { months: batchMonths })
    .orderBy("survey.referredOn")
    .addOrderBy("survey.id")
    .getMany();
  return batchMonths.map((month) => {
    const rows = counts.filter((row) => row.month === month);
    const total = (pick: (row: CountRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
    return Object.assign(new TeenParentSurveyBatch(), {
      month,
      surveyCount: total((row) => row.surveys),
      babyCount: total((row) => row.babies),
      noticeCount: total((row) => row.notices),
      offices: rows.map((row) => ({ officeCode: row.office_code, surveyCount: row.surveys, babyCount: row.babies })),
      surveys: surveys.filter((survey) => survey.month === month),
    });
  });
}
