/**
 * How a deadline's due time is found: the rule is configuration (R1), the arithmetic is the
 * working-day calendar's (D9, `shared/calendar`). This module only fixes the contract between the
 * two, so the model and the scheduler never depend on how a calendar counts days.
 */

/** A rule as stored with the deadline (jsonb): `kind` names the computation, the rest are its parameters. */
export interface DueTimeRule {
  readonly kind: string;
}

/**
 * Computes a due instant from a rule and the instant the step started. The subgraph plugs in the
 * calendar's `dueAt(rule, start, calendar)`; it must be pure (same inputs, same answer) so that
 * recomputing after a calendar change moves only what the change moved. It takes the base type
 * because recompute hands it rules read back from the jsonb column: the adapter checks the kind and
 * its parameters (an unknown kind is a programming error, thrown, not a refusal of data).
 */
export type ComputeDue = (rule: DueTimeRule, startedAt: Date) => Date;

/** The entity that owns the step (D1: stored by the subgraph that owns it), by GraphQL type name and key. */
export interface DeadlineSubject {
  readonly type: string;
  readonly id: string;
}

/**
 * The statutory steps of programme A that carry a deadline (issue #8). Step names are data in the
 * table (programme B's steps, B2/B9, are added the same way), so this is a list of known names,
 * not a closed type.
 */
export enum DeadlineStep {
  /** A4: copies of the consenting 附件1 forms to 人文課 with 附件3. */
  HANDOVER = "HANDOVER",
  /** A4/R5: the district acknowledges receipt (returns 附件3) before the first visit attempt. */
  ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT",
  /** A2: the 里幹事 visit within the family's preferred dates (3–7 days after the application). */
  VISIT = "VISIT",
  /** A6: the visit record (附件4) within 2 days after the visit. */
  VISIT_RECORD = "VISIT_RECORD",
  /** A9: the referral entered in the system and on 附件4 within 1 day. */
  REFERRAL = "REFERRAL",
}

/**
 * Programme A's rules as configuration (R1, R2): the owning subgraph passes `PROGRAMME_A_RULES[step]`
 * (or its own override) to `openDeadline`; the kinds are for the calendar's `dueAt` to interpret:
 * - `nextWorkingDayAt`: the next working day after the start, at `hour`:00 Asia/Taipei (A4).
 * - `calendarDaysEnd`: the end of the `days`-th calendar day after the start (A2: "3–7 days" are
 *   calendar days); a family's own latest preferred date is passed as a rule of the same kind.
 * - `workingDaysEnd`: the end of the `days`-th day after the start, the start day not counted and
 *   a day off moving it to the next working day (R2, 行政程序法 art. 48; A6, A9).
 * - `atInstant`: a fixed instant, for a step due before another event (A4: acknowledgement before
 *   the first planned visit), given as an ISO instant.
 */
export const PROGRAMME_A_RULES = {
  [DeadlineStep.HANDOVER]: { kind: "nextWorkingDayAt", hour: 12 },
  [DeadlineStep.VISIT]: { kind: "calendarDaysEnd", days: 7 },
  [DeadlineStep.VISIT_RECORD]: { kind: "workingDaysEnd", days: 2 },
  [DeadlineStep.REFERRAL]: { kind: "workingDaysEnd", days: 1 },
} as const satisfies Readonly<Partial<Record<DeadlineStep, DueTimeRule & Readonly<Record<string, unknown>>>>>;
