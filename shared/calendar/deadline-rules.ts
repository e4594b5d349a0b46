import { invalidRule } from "./errors";
import { OfficeCalendar } from "./office-calendar";
import { endOfTaipeiDay, taipeiDateOf } from "./taipei-time";

/**
 * How a statutory step's deadline is counted (R2). Generic on purpose: programme B's steps use
 * the same kinds as programme A's (issue #8), only the numbers differ.
 * - `noonNextWorkingDay`: 12:00 Taipei on the next working day (A4).
 * - `period`: days or months, start day not counted, an end on a day off moves to the next
 *   working day (行政程序法 art. 48); due at the end of that day.
 * - `calendarDays`: calendar days, never moved (A2's "3–7 days"); due at the end of the last day;
 *   `earliestDay` is the window's first day, shown to the family, not part of the deadline.
 */
export type DeadlineRule =
  | { kind: "noonNextWorkingDay" }
  | { kind: "period"; days: number }
  | { kind: "period"; months: number }
  | { kind: "calendarDays"; days: number; earliestDay?: number };

/** The steps that carry a deadline, across both programmes. */
export type DeadlineStep =
  | "HANDOVER"
  | "ACKNOWLEDGEMENT"
  | "CORRECTION"
  | "HOME_VISIT"
  | "VISIT_RECORD"
  | "REFERRAL"
  | "POLICE_VISIT"
  | "INVESTIGATION_REPLY"
  | "FOLLOW_UP_REPLY"
  | "VACCINATION_CATCH_UP"
  | "SOCIAL_VISIT"
  | "VISIT_REPORT";

export interface DeadlineRuleEntry {
  rule: DeadlineRule;
  /** The DOMAIN.md rule the numbers come from. */
  source: string;
  /** What the step's start instant is. */
  startsAt: string;
}

/**
 * The deadline configuration (R1: schedules and deadlines are configuration), one entry per step
 * (a Record, so a step without a rule does not compile). Where the seeds disagree, R1 takes seed
 * 003: B9 is 10 and 30 days, not 004's 1 month; another reading changes a number here, not code.
 */
export const DEADLINE_RULES: Readonly<Record<DeadlineStep, DeadlineRuleEntry>> = {
  HANDOVER: { rule: { kind: "noonNextWorkingDay" }, source: "A4", startsAt: "the consent inquiry is recorded (附件1)" },
  // A4 says only "before the visit"; the earliest visit is day 3 (A2), so receipt is confirmed by
  // noon of the next working day after the ledger arrives, like the handover itself (R1: a number here).
  ACKNOWLEDGEMENT: { rule: { kind: "noonNextWorkingDay" }, source: "A4, R1", startsAt: "the district receives the handover ledger (附件3)" },
  // A6 says a wrongly recorded case "goes back to the office for correction" and gives no number. The
  // office corrects from its own records (no new visit to the family), like handing over a form it
  // already holds, so R1 takes the handover's rule: noon of the next working day after the return
  // arrives; another reading changes this line, not code.
  CORRECTION: { rule: { kind: "noonNextWorkingDay" }, source: "A6, R1", startsAt: "the district's return for correction arrives at the office" },
  HOME_VISIT: { rule: { kind: "calendarDays", days: 7, earliestDay: 3 }, source: "A2", startsAt: "the application date; the visit falls on days 3–7" },
  VISIT_RECORD: { rule: { kind: "period", days: 2 }, source: "A6", startsAt: "the visit (附件4 handed in within 2 days)" },
  REFERRAL: { rule: { kind: "period", days: 1 }, source: "A9", startsAt: "the visit that found the need (entered within 1 day)" },
  POLICE_VISIT: { rule: { kind: "period", days: 7 }, source: "B2", startsAt: "the office's letter to the police" },
  INVESTIGATION_REPLY: { rule: { kind: "period", months: 1 }, source: "B2", startsAt: "the office's letter to the police or district" },
  // B2, B9: the district office's village chief or officer follows the child up and replies within 1 month, counted as the police's reply.
  FOLLOW_UP_REPLY: { rule: { kind: "period", months: 1 }, source: "B2, B9", startsAt: "the district office receives the request to follow up" },
  // B4: when the CDC sends its own dates they are stored as given; this is the default window.
  VACCINATION_CATCH_UP: { rule: { kind: "period", months: 6 }, source: "B4", startsAt: "the overdue notice to the health unit" },
  SOCIAL_VISIT: { rule: { kind: "period", days: 10 }, source: "B9, R1", startsAt: "the social unit receives the case" },
  VISIT_REPORT: { rule: { kind: "period", days: 30 }, source: "B9, R1", startsAt: "the social unit receives the case" },
};

/**
 * The instant a step is due, from the instant it started (its Taipei date for day counts):
 * 12:00 for the noon rule, 23:59:59.999 Taipei of the due day otherwise (R2).
 */
export function dueAt(rule: DeadlineRule, startInstant: Date, calendar: OfficeCalendar): Date {
  const startDate = taipeiDateOf(startInstant);
  switch (rule.kind) {
    case "noonNextWorkingDay":
      return calendar.noonNextWorkingDay(startInstant);
    case "period":
      return endOfTaipeiDay(calendar.periodEnd(startDate, "months" in rule ? { months: rule.months } : { days: rule.days }));
    case "calendarDays":
      if (!Number.isInteger(rule.days) || rule.days < 1) {
        throw invalidRule("days");
      }
      return endOfTaipeiDay(calendar.calendarDayWindow(startDate, rule.days, rule.days).last);
  }
}
