import { Role } from "../../shared/auth/roles";
import { loadTarget } from "../../shared/authz/guards";
import { breachesTableOf, deadlinesTableOf } from "../../shared/deadlines/table";
import { VisitDecision } from "../../shared/domain/enums";
import { notificationsTableOf } from "../../shared/notifications/table";
import { outboxTableOf } from "../../shared/outbox/table";
import { retentionPolicy } from "../../shared/retention/policy";
import type { RetentionPlan } from "../../shared/retention/purge";
import type { RetentionSpec } from "../../shared/retention/resolver";
import { CONSENT_INQUIRY_SUBJECT } from "./deadlines";
import type { HouseholdContext } from "./loaders";
import { HOUSEHOLD_SCHEMA } from "./schema-name";

const S = `"${HOUSEHOLD_SCHEMA}"`;

export const HOUSEHOLD_RETENTION: RetentionSpec = { agency: "household", schema: HOUSEHOLD_SCHEMA, subjectType: CONSENT_INQUIRY_SUBJECT };

/** The case a household outbox row is about: a correction's and a withdrawal's input name it (a ledger's names many forms). */
export const caseOfOutboxRow = (alias: string): string => `(${alias}"payload" -> 'input' ->> 'careCaseId')`;

/** The outbox rows of the subjects' returned case, over the form alias `f`. */
const OUTBOX_OF_FORM = `${caseOfOutboxRow(`"o".`)} = "f"."correction_care_case_id"::text`;

/**
 * A9 (issue #9) on household's own data (D1, D8): a 附件1 the family declined is closed the day it
 * was taken (never handed over: no case exists anywhere); a form handed over is closed once the
 * district's notice says its case closed (closing-notice.ts there, case-closed.service.ts here),
 * and counts from the case's closing day. Either goes once the office's period after that day has
 * passed, with its deadlines, notifications and the outbox rows of its return for correction (all
 * delivered by then: one still on its way keeps the form). A form handed over whose case is still
 * open stays. The registration and the persons are the household register's (戶籍法), not the
 * care's, and are never purged here; the 附件3 ledger (counts and keys, no person) stays, as in
 * the district.
 */
export const HOUSEHOLD_RETENTION_PLAN: RetentionPlan = {
  schema: HOUSEHOLD_SCHEMA,
  subjectType: CONSENT_INQUIRY_SUBJECT,
  table: `${S}."consent_inquiries"`,
  ownerColumn: `"office_code"`,
  closedOnColumn: `"applied_on"`,
  closedOn: `COALESCE("s"."case_closed_on", "s"."applied_on")`,
  closed: `(("s"."decision" = '${VisitDecision.DECLINED}' AND "s"."handover_ledger_id" IS NULL) OR "s"."case_closed_on" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM ${outboxTableOf(HOUSEHOLD_SCHEMA)} "o"
      WHERE ${caseOfOutboxRow(`"o".`)} = "s"."correction_care_case_id"::text AND "o"."delivered_at" IS NULL)`,
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
    {
      name: "outbox",
      sql: `DELETE FROM ${outboxTableOf(HOUSEHOLD_SCHEMA)} "o" USING ${S}."consent_inquiries" "f" WHERE ${OUTBOX_OF_FORM} AND "f"."id"::text = ANY($1::text[])`,
    },
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
