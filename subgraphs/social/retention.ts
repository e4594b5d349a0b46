import { notificationsTableOf } from "../../shared/notifications/table";
import { receivingRetention } from "../../shared/receiving/retention";
import type { RetentionPlan } from "../../shared/retention/purge";
import { SOCIAL_AGENCY } from "./agency";
import { ChildCareCaseStatus } from "./child-care/child-care.enums";
import { PROTECTION_REPORT_SUBJECT } from "./child-care/protection-report.service";
import { SOCIAL_SCHEMA } from "./schema-name";

const S = `"${SOCIAL_SCHEMA}"`;

/** Issue #9 (A9): a closed referral is kept by the social unit (care point or family service centre): its 社工 sets the period and places the holds. */
export const SOCIAL_RETENTION = receivingRetention(SOCIAL_AGENCY, "service_unit");

const REPORTS = `${S}."child_protection_reports"`;
const CASES_OF_CHILD = `${S}."child_care_cases" "c" WHERE "c"."person_id" = "s"."person_id"`;

/**
 * Issue #12 (B10): a child-protection report (art. 53/54) that reached social without a child-care
 * case (the family service centre, or the unit it went to, holds it on the child alone). A report
 * on a case is the case's record and stays with it. The seeds give no period for it, so A9's rule
 * is the shortest defensible one: kept the receiving unit's period (at least a year; its 社工 sets
 * it; none: nothing goes) after social received it — or after the child's latest child-care case
 * closed, when one closed later — and never while the child has a case not closed, whose work
 * reads the child's reports (the unified view). Its arrival notification goes with it.
 */
export const PROTECTION_REPORT_RETENTION_PLAN: RetentionPlan = {
  schema: SOCIAL_SCHEMA,
  subjectType: PROTECTION_REPORT_SUBJECT,
  table: REPORTS,
  ownerColumn: `"receiving_unit"`,
  closedOnColumn: `"received_at"`,
  // The Taipei day it arrived (UTC+8, no daylight saving), or the latest closing of the child's cases.
  closedOn: `GREATEST((("s"."received_at" AT TIME ZONE 'UTC') + interval '8 hours')::date, (SELECT max("c"."closed_on") FROM ${CASES_OF_CHILD}))`,
  closed: `"s"."case_id" IS NULL AND NOT EXISTS (SELECT 1 FROM ${CASES_OF_CHILD} AND "c"."status" <> '${ChildCareCaseStatus.CLOSED}')`,
  steps: [
    {
      name: "notifications",
      sql: `DELETE FROM ${notificationsTableOf(SOCIAL_SCHEMA)} WHERE "subject_type" = '${PROTECTION_REPORT_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    { name: "protectionReports", sql: `DELETE FROM ${REPORTS} WHERE "id"::text = ANY($1::text[])` },
  ],
};

/** Social's purge, in one job: the referrals (issue #9), then the protection reports held without a case (issue #12). */
export const SOCIAL_RETENTION_PLANS: readonly RetentionPlan[] = [SOCIAL_RETENTION.plan, PROTECTION_REPORT_RETENTION_PLAN];
