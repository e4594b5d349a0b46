import { breachesTableOf, deadlinesTableOf } from "../../shared/deadlines/table";
import { outboxTableOf } from "../../shared/outbox/table";
import { receivingRetention } from "../../shared/receiving/retention";
import type { PurgeStep, RetentionPlan } from "../../shared/retention/purge";
import { HEALTH_AGENCY } from "./agency";
import { FOLLOW_UP_SUBJECT } from "./deadlines";
import { HEALTH_SCHEMA } from "./schema-name";
import { VaccinationFollowUpStatus } from "./vaccination/vaccination.enums";

const S = `"${HEALTH_SCHEMA}"`;
const OUTBOX = outboxTableOf(HEALTH_SCHEMA);

/** Issue #9 (A9): a closed referral is kept by the 健康服務中心 (named by its district code): its 公衛護士 sets the period and places the holds. */
export const HEALTH_RETENTION = receivingRetention(HEALTH_AGENCY, "health_centre_code");

/**
 * The row's notice to social (its `notice_key` is the outbox row's id, D3) has arrived, or there is
 * none: a notice still on its way, or parked for an operator, keeps the row.
 */
const noticeArrived = `NOT EXISTS (SELECT 1 FROM ${OUTBOX} "o" WHERE "o"."id" = "s"."notice_key" AND "o"."delivered_at" IS NULL)`;

/** The purge's step for the notices of the subjects of `table` (before the subjects: their keys name the rows). */
function noticesOf(table: string): PurgeStep {
  return { name: "outbox", sql: `DELETE FROM ${OUTBOX} WHERE "id" IN (SELECT "notice_key" FROM ${table} WHERE "id"::text = ANY($1::text[]))` };
}

const FOLLOW_UPS = `${S}."vaccination_follow_ups"`;

/**
 * Issue #12 (B4): a vaccination follow-up that ended — vaccinated, or referred to social under
 * (a)–(d) — with its reminders, its 6-month deadline and breach, and its notice's outbox row. The
 * seeds give programme B no period of its own, so A9's rule is the shortest defensible one: kept
 * the centre's period (at least a year, the 公衛護士 sets it, none: nothing goes) after the day it
 * ended (the outcome's or the referral's day); an OPEN follow-up is in use whatever its age. What
 * social took over is social's own copy (D3) and stays with social's case.
 */
export const FOLLOW_UP_RETENTION_PLAN: RetentionPlan = {
  schema: HEALTH_SCHEMA,
  subjectType: FOLLOW_UP_SUBJECT,
  table: FOLLOW_UPS,
  ownerColumn: `"health_centre_code"`,
  closedOnColumn: `"referred_on"`,
  closedOn: `GREATEST("s"."outcome_on", "s"."referred_on")`,
  closed: `"s"."status" <> '${VaccinationFollowUpStatus.OPEN}' AND ${noticeArrived}`,
  steps: [
    {
      name: "deadlineBreaches",
      sql: `DELETE FROM ${breachesTableOf(HEALTH_SCHEMA)} WHERE "subject_type" = '${FOLLOW_UP_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    { name: "deadlines", sql: `DELETE FROM ${deadlinesTableOf(HEALTH_SCHEMA)} WHERE "subject_type" = '${FOLLOW_UP_SUBJECT}' AND "subject_id" = ANY($1::text[])` },
    noticesOf(FOLLOW_UPS),
    { name: "reminders", sql: `DELETE FROM ${S}."vaccination_reminders" WHERE "follow_up_id"::text = ANY($1::text[])` },
    { name: "followUps", sql: `DELETE FROM ${FOLLOW_UPS} WHERE "id"::text = ANY($1::text[])` },
  ],
};

const UNINSURED = `${S}."uninsured_children"`;

/**
 * Issue #12 (B5): a child's insurance status, once the NHIA's lists stopped listing the child (it
 * lists a child on each list, the 10th and 25th, until insured: its last listing moves on each,
 * nhia-feed.ts). The seeds are silent here too, so A9's rule again: kept the centre's period (at
 * least a year) after the last list that listed the child, with its notice's outbox row once the
 * notice has arrived. A child still listed is in use: its last listing is never older than the
 * latest list. A child listed again after its row went is a new row and a new notice, which social
 * joins to the child's one case (B1's one child, one case).
 */
export const INSURANCE_STATUS_RETENTION_PLAN: RetentionPlan = {
  schema: HEALTH_SCHEMA,
  subjectType: "InsuranceStatus",
  table: UNINSURED,
  ownerColumn: `"health_centre_code"`,
  closedOnColumn: `"last_listed_on"`,
  closed: noticeArrived,
  steps: [noticesOf(UNINSURED), { name: "insuranceStatuses", sql: `DELETE FROM ${UNINSURED} WHERE "id"::text = ANY($1::text[])` }],
};

/** Health's purge, in one job: the referrals (issue #9), then programme B's follow-ups and insurance statuses (issue #12). */
export const HEALTH_RETENTION_PLANS: readonly RetentionPlan[] = [HEALTH_RETENTION.plan, FOLLOW_UP_RETENTION_PLAN, INSURANCE_STATUS_RETENTION_PLAN];
