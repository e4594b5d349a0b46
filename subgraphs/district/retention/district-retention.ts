import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { breachesTableOf, deadlinesTableOf } from "../../../shared/deadlines/table";
import { CareCaseStatus } from "../../../shared/domain/enums";
import { notificationsTableOf } from "../../../shared/notifications/table";
import { outboxTableOf } from "../../../shared/outbox/table";
import { retentionPolicy } from "../../../shared/retention/policy";
import type { RetentionPlan } from "../../../shared/retention/purge";
import type { RetentionSpec } from "../../../shared/retention/resolver";
import { CARE_CASE_SUBJECT } from "../deadlines";
import type { DistrictContext } from "../loaders";
import { DISTRICT_SCHEMA } from "../schema-name";

const S = `"${DISTRICT_SCHEMA}"`;

/** Issue #9: holds name care cases; the district's rows of a case all hang on it. */
export const DISTRICT_RETENTION: RetentionSpec = { agency: "district", schema: DISTRICT_SCHEMA, subjectType: CARE_CASE_SUBJECT };

/** The case an outbox row is about: every hand-off's input names it (referrals, returns for correction). */
const caseOfOutboxRow = (alias: string): string => `(${alias}"payload" -> 'input' ->> 'careCaseId')`;
const OUTBOX_CASE = caseOfOutboxRow(`"o".`);

/**
 * A9 (issue #9): a closed care case and its records, owned by the district that visits it (its
 * 人文課 sets the period). Its visit attempts, 附件4 with its signatures, help tasks, referrals (the district's side), urgent reports,
 * deadlines with their breaches, notifications, and its outbox rows, which by then are all
 * delivered: a case with a hand-off still on its way (or parked for an operator) is not closed
 * for the purge until it arrives. The ledger that handed it over (附件3: counts, no person) stays.
 */
export const DISTRICT_RETENTION_PLAN: RetentionPlan = {
  schema: DISTRICT_SCHEMA,
  subjectType: CARE_CASE_SUBJECT,
  table: `${S}."care_cases"`,
  ownerColumn: `"visit_district_code"`,
  closedOnColumn: `"closed_on"`,
  closed: `"s"."status" = '${CareCaseStatus.CLOSED}' AND NOT EXISTS (SELECT 1 FROM ${outboxTableOf(DISTRICT_SCHEMA)} "o"
    WHERE ${OUTBOX_CASE} = "s"."id"::text AND "o"."delivered_at" IS NULL)`,
  steps: [
    {
      name: "notifications",
      sql: `DELETE FROM ${notificationsTableOf(DISTRICT_SCHEMA)} WHERE "subject_type" = '${CARE_CASE_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    {
      name: "deadlineBreaches",
      sql: `DELETE FROM ${breachesTableOf(DISTRICT_SCHEMA)} WHERE "subject_type" = '${CARE_CASE_SUBJECT}' AND "subject_id" = ANY($1::text[])`,
    },
    { name: "deadlines", sql: `DELETE FROM ${deadlinesTableOf(DISTRICT_SCHEMA)} WHERE "subject_type" = '${CARE_CASE_SUBJECT}' AND "subject_id" = ANY($1::text[])` },
    { name: "outbox", sql: `DELETE FROM ${outboxTableOf(DISTRICT_SCHEMA)} "o" WHERE ${OUTBOX_CASE} = ANY($1::text[])` },
    { name: "caseReferrals", sql: `DELETE FROM ${S}."case_referrals" WHERE "care_case_id"::text = ANY($1::text[])` },
    { name: "urgentReports", sql: `DELETE FROM ${S}."urgent_reports" WHERE "care_case_id"::text = ANY($1::text[])` },
    // Issue #9: the sign-off chain's names and the district's own help tasks (a cross-district 社會課
    // task too: it is the visiting district's case, A5) go with the case.
    {
      name: "visitRecordSignatures",
      sql: `DELETE FROM ${S}."visit_record_signatures" WHERE "visit_record_id" IN (SELECT "id" FROM ${S}."visit_records" WHERE "care_case_id"::text = ANY($1::text[]))`,
    },
    { name: "helpTasks", sql: `DELETE FROM ${S}."help_tasks" WHERE "care_case_id"::text = ANY($1::text[])` },
    { name: "visitRecords", sql: `DELETE FROM ${S}."visit_records" WHERE "care_case_id"::text = ANY($1::text[])` },
    { name: "visitAttempts", sql: `DELETE FROM ${S}."visit_attempts" WHERE "care_case_id"::text = ANY($1::text[])` },
    { name: "careCases", sql: `DELETE FROM ${S}."care_cases" WHERE "id"::text = ANY($1::text[])` },
  ],
  // Delivered outbox rows pile up; breaches and notifications are otherwise read by time, not by case.
  indexes: [
    { name: "outbox_care_case", table: outboxTableOf(DISTRICT_SCHEMA), columns: `(${caseOfOutboxRow("")})` },
    { name: "deadline_breaches_subject", table: breachesTableOf(DISTRICT_SCHEMA), columns: `"subject_type", "subject_id"` },
    { name: "notifications_subject", table: notificationsTableOf(DISTRICT_SCHEMA), columns: `"subject_type", "subject_id"` },
  ],
};

/**
 * Who owns a district's records (issue #9, ARCHITECTURE roles): its 人文課 (DISTRICT_CASE_OFFICER),
 * for its own district only; holds on the cases in its scope. The 里幹事 visits, it does not decide
 * what is kept; no city role reads the cases' lifecycle here (when in doubt, deny).
 */
export const DISTRICT_RETENTION_POLICY = retentionPolicy<DistrictContext>(DISTRICT_RETENTION, Role.DISTRICT_CASE_OFFICER, (subjectId, field, context) =>
  loadTarget(context.loaders.careCaseById, subjectId, field),
);
