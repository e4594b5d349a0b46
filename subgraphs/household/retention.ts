import { Role } from "../../shared/auth/roles";
import { loadTarget } from "../../shared/authz/guards";
import { breachesTableOf, deadlinesTableOf } from "../../shared/deadlines/table";
import { VisitDecision } from "../../shared/domain/enums";
import { notificationsTableOf } from "../../shared/notifications/table";
import { retentionPolicy } from "../../shared/retention/policy";
import type { RetentionPlan } from "../../shared/retention/purge";
import type { RetentionSpec } from "../../shared/retention/resolver";
import { CONSENT_INQUIRY_SUBJECT } from "./deadlines";
import type { HouseholdContext } from "./loaders";
import { HOUSEHOLD_SCHEMA } from "./schema-name";

const S = `"${HOUSEHOLD_SCHEMA}"`;

export const HOUSEHOLD_RETENTION: RetentionSpec = { agency: "household", schema: HOUSEHOLD_SCHEMA, subjectType: CONSENT_INQUIRY_SUBJECT };

/**
 * A9 (issue #9) on household's own data only (D1, D8: it cannot read whether the district closed a
 * case): a 附件1 the family declined is closed the day it was taken (never handed over: no case
 * exists anywhere), so it goes once the office's period after that day has passed, with its
 * deadlines and notifications. A form handed over stays: its case may still be open in the
 * district, and household is not told when it closes (README: Retention). The registration and
 * the persons are the household register's (戶籍法), not the care's, and are never purged here.
 */
export const HOUSEHOLD_RETENTION_PLAN: RetentionPlan = {
  schema: HOUSEHOLD_SCHEMA,
  subjectType: CONSENT_INQUIRY_SUBJECT,
  table: `${S}."consent_inquiries"`,
  ownerColumn: `"office_code"`,
  closedOnColumn: `"applied_on"`,
  closed: `"s"."decision" = '${VisitDecision.DECLINED}' AND "s"."handover_ledger_id" IS NULL`,
  steps: [
    {
      name: "notifications",
      sql: `DELETE FROM ${notificationsTableOf(HOUSEHOLD_SCHEMA)} WHERE "subject_type" = '${CONSENT_INQUIRY_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    {
      name: "deadlineBreaches",
      sql: `DELETE FROM ${breachesTableOf(HOUSEHOLD_SCHEMA)} WHERE "subject_type" = '${CONSENT_INQUIRY_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    { name: "deadlines", sql: `DELETE FROM ${deadlinesTableOf(HOUSEHOLD_SCHEMA)} WHERE "subject_type" = '${CONSENT_INQUIRY_SUBJECT}' AND "subject_id" = ANY($1::text[])` },
    { name: "consentInquiries", sql: `DELETE FROM ${S}."consent_inquiries" WHERE "id"::text = ANY($1::text[])` },
  ],
  // Breaches and notifications are otherwise read by time, not by form.
  indexes: [
    { name: "deadline_breaches_subject", table: breachesTableOf(HOUSEHOLD_SCHEMA), columns: `"subject_type", "subject_id"` },
    { name: "notifications_subject", table: notificationsTableOf(HOUSEHOLD_SCHEMA), columns: `"subject_type", "subject_id"` },
  ],
};

/** The office's clerk (HOUSEHOLD_CLERK) owns its office's forms: it sets the period and holds forms of its office. */
export const HOUSEHOLD_RETENTION_POLICY = retentionPolicy<HouseholdContext>(HOUSEHOLD_RETENTION, Role.HOUSEHOLD_CLERK, (subjectId, field, context) =>
  loadTarget(context.loaders.consentInquiryById, subjectId, field),
);
