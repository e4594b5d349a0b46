import { addDays, IsoDate } from "../../shared/calendar/iso-date";
import { isWeekend } from "../../shared/calendar/iso-date";
import { processCalendar } from "../../shared/calendar/process-calendar";
import { taipeiInstant } from "../../shared/calendar/taipei-time";

/**
 * Where each demo case of the last days stands (issue #8), so that every role finds work in its
 * inbox on the day the demo is seeded. Dates are working days counted back from today on Taipei's
 * office calendar (R2), so a Monday seed looks back past the weekend and a holiday is skipped.
 * Each stage is one case per district; the comment says what its inbox shows, relative to today.
 */
export interface CaseStage {
  readonly name: string;
  /** 申請日期: working days before today (0 = today). Distinct per stage, so one day's ledger holds one stage. */
  readonly appliedBack: number;
  /** 附件3 handed over at 16:00 of the application day (A4) and delivered to the district at once (D3). */
  readonly handedOver: boolean;
  /** Recorded after that day's ledger was sealed: still to hand over the next day. */
  readonly recordedAfterLedger?: boolean;
  /** 人文課 acknowledges (A4) and, if `assigned`, assigns the 里幹事 (A6) at 09:30 / 10:00, this many working days after applying. */
  readonly acknowledgedAfter?: number;
  readonly assigned?: boolean;
  /** The 里幹事's visit that met the family (A6), working days after applying, at 14:00. */
  readonly visitedAfter?: number;
  /** 附件4 filed (A6), working days after applying, at 10:00. */
  readonly filedAfter?: number;
  /**
   * Issue #9 (A9, A11): the record found needs for the agencies no district handles itself, so the
   * filing refers the case to 民政局 (interpreting), 勞動局 (jobs) and 教育局 (schooling), and the
   * district's outbox delivers the referrals: work for 民政局's and the partner agencies' officers.
   */
  readonly referred?: boolean;
}

export const CASE_STAGES: readonly CaseStage[] = [
  // Clerk: HANDOVER due at noon of the next working day (A4): DUE.
  { name: "recorded today", appliedBack: 0, handedOver: false },
  // Clerk: recorded yesterday after the ledger went out: HANDOVER due today at noon (DUE_SOON in the morning, OVERDUE after).
  { name: "recorded yesterday, after the ledger", appliedBack: 1, handedOver: false, recordedAfterLedger: true },
  // 人文課: ACKNOWLEDGEMENT due today at noon (A4); HOME_VISIT due within 7 days (A2).
  { name: "handed over yesterday", appliedBack: 1, handedOver: true },
  // 人文課: a case to assign (OPEN); HOME_VISIT due.
  { name: "acknowledged yesterday", appliedBack: 2, handedOver: true, acknowledgedAfter: 1 },
  // 人文課, 民政局: ACKNOWLEDGEMENT overdue since noon of the day after the hand-over.
  { name: "never acknowledged", appliedBack: 3, handedOver: true },
  // 里幹事: the visit to make, HOME_VISIT due in a few days.
  { name: "assigned, to visit", appliedBack: 4, handedOver: true, acknowledgedAfter: 1, assigned: true },
  // 里幹事: visited yesterday, VISIT_RECORD due in 2 days (A6).
  { name: "visited yesterday", appliedBack: 5, handedOver: true, acknowledgedAfter: 1, assigned: true, visitedAfter: 4 },
  // 里幹事, 人文課, 民政局: HOME_VISIT overdue (the 7 days of A2 have passed without a visit).
  { name: "never visited", appliedBack: 7, handedOver: true, acknowledgedAfter: 1, assigned: true },
  // 里幹事, 人文課, 民政局: VISIT_RECORD overdue (visited, 附件4 not filed within 2 days).
  { name: "record not filed", appliedBack: 9, handedOver: true, acknowledgedAfter: 1, assigned: true, visitedAfter: 3 },
  // Done on time: the history behind the unified view, in nobody's inbox.
  { name: "record filed", appliedBack: 11, handedOver: true, acknowledgedAfter: 1, assigned: true, visitedAfter: 3, filedAfter: 4 },
  // 民政局's officer, 勞動局's and 教育局's: a referral each, received and to handle (A10, A11).
  { name: "referred to 民政局, 勞動局 and 教育局", appliedBack: 12, handedOver: true, acknowledgedAfter: 1, assigned: true, visitedAfter: 3, filedAfter: 4, referred: true },
];

function isWorkingDay(date: IsoDate): boolean {
  try {
    return processCalendar().isWorkingDay(date);
  } catch {
    // A year the office calendar does not hold: weekdays (its deadlines are not opened then either, D9).
    return !isWeekend(date);
  }
}

/** The working day `count` working days before `today` (0: today itself, even on a day off). */
export function workingDaysBefore(today: IsoDate, count: number): IsoDate {
  let date = today;
  for (let left = count; left > 0; ) {
    date = addDays(date, -1);
    if (isWorkingDay(date)) {
      left -= 1;
    }
  }
  return date;
}

/** The working day `count` working days after `date`. */
export function workingDaysAfter(date: IsoDate, count: number): IsoDate {
  let current = date;
  for (let left = count; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) {
      left -= 1;
    }
  }
  return current;
}

/** A step of the replay: when it happens and what it does. */
export interface TimedStep {
  readonly at: Date;
  /** Steps of one instant run in phase order (0 first): a delivery after the hand-overs it delivers. */
  readonly phase?: number;
  readonly run: () => Promise<void>;
}

/** Taipei office hours on a date, never after `latest` (today's steps happen by the seed's instant). */
export function officeTime(date: IsoDate, hours: number, minutes: number, latest: Date): Date {
  const at = taipeiInstant(date, hours, minutes);
  return at.getTime() > latest.getTime() ? latest : at;
}
