import { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { ScopeCondition } from "../../../shared/authz/row-scope";
import type { DeadlineStep } from "../../../shared/calendar/deadline-rules";
import { deadlineItems } from "../../../shared/inbox/deadline-items";
import { InboxSource } from "../../../shared/inbox/inbox-query";
import { CONSENT_INQUIRY_SUBJECT } from "../deadlines";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** The office's steps on a form (附件1) that carry a deadline: the handover (A4) and a correction (A6). */
export const OFFICE_STEPS: readonly DeadlineStep[] = ["HANDOVER", "CORRECTION"];

interface RoleInbox {
  readonly steps: readonly DeadlineStep[];
  readonly overdueOnly: boolean;
}

/**
 * What each role's household inbox holds (issue #8), one table (STYLE 9):
 * - the clerk: the office's consenting forms to hand over (open HANDOVER deadlines, A4) and the
 *   returns to correct (open CORRECTION deadlines, A6), of its own office (rowScope: inquiriesOfOffice);
 * - 民政局's case officer: the offices' overdue steps across the city (oversight), nothing else.
 */
export const HOUSEHOLD_INBOX: Partial<Readonly<Record<Role, RoleInbox>>> = {
  [Role.HOUSEHOLD_CLERK]: { steps: OFFICE_STEPS, overdueOnly: false },
  [Role.CIVIL_AFFAIRS_OFFICER]: { steps: OFFICE_STEPS, overdueOnly: true },
};

/**
 * The caller's household inbox rows: the open deadlines of the forms in the caller's inbox scope
 * (the policy's rowScope for HouseholdInboxItem, over the alias "inquiry"). Indexes: the clerk's
 * scope by office (consent_inquiries_office), each form's deadlines by the
 * unique (subject_type, subject_id, step) index. A role without an inbox gets no rows.
 */
export function householdInboxSource(principal: Principal, scope: ScopeCondition, only?: readonly string[] | null): InboxSource | null {
  const inbox = HOUSEHOLD_INBOX[principal.role];
  if (inbox === undefined) {
    return null;
  }
  // Issue #11: the console's lists ask for one step (the forms to hand over, the returns), so its pages and counts are that step's.
  const steps = only === undefined || only === null || only.length === 0 ? inbox.steps : inbox.steps.filter((step) => only.includes(step));
  return deadlineItems({ schema: S, table: "consent_inquiries", alias: "inquiry", subjectType: CONSENT_INQUIRY_SUBJECT, steps, overdueOnly: inbox.overdueOnly, scope });
}
