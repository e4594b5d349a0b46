/**
 * A deadline's states (issue #8) and the one transition table every writer uses (STYLE 12). Open
 * states move with time (the scheduler pass); a met state is final. A breach (the instant the due
 * time passed unmet) is kept whatever happens next, for the timeliness statistics (B12).
 * NO_LONGER_DUE (issue #9) is the other final state: the case ended before the step was done
 * (withdrawn, closed), so the step will never happen and is neither met nor breached from then on.
 */
export enum DeadlineState {
  DUE = "DUE",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  MET_ON_TIME = "MET_ON_TIME",
  MET_LATE = "MET_LATE",
  NO_LONGER_DUE = "NO_LONGER_DUE",
}

/**
 * State → the states it may move to. Nothing leaves a final state (met, or no longer due); OVERDUE
 * never goes back (the breach stands). Any open state may end as NO_LONGER_DUE: an overdue one keeps
 * its breach record, but leaves the inboxes and the statistics' timeliness rows with its case.
 */
export const DEADLINE_TRANSITIONS: Readonly<Record<DeadlineState, readonly DeadlineState[]>> = {
  [DeadlineState.DUE]: [DeadlineState.DUE_SOON, DeadlineState.OVERDUE, DeadlineState.MET_ON_TIME, DeadlineState.MET_LATE, DeadlineState.NO_LONGER_DUE],
  [DeadlineState.DUE_SOON]: [DeadlineState.DUE, DeadlineState.OVERDUE, DeadlineState.MET_ON_TIME, DeadlineState.MET_LATE, DeadlineState.NO_LONGER_DUE],
  [DeadlineState.OVERDUE]: [DeadlineState.MET_ON_TIME, DeadlineState.MET_LATE, DeadlineState.NO_LONGER_DUE],
  [DeadlineState.MET_ON_TIME]: [],
  [DeadlineState.MET_LATE]: [],
  [DeadlineState.NO_LONGER_DUE]: [],
};

/** The states from which `target` may be reached: the `WHERE state IN (…)` of each set-based UPDATE. */
export function statesLeadingTo(target: DeadlineState): DeadlineState[] {
  return (Object.keys(DEADLINE_TRANSITIONS) as DeadlineState[]).filter((from) => DEADLINE_TRANSITIONS[from].includes(target));
}

/** Not yet met: the scheduler's scan and the recompute after a calendar change look at these only. */
export const UNMET_STATES: readonly DeadlineState[] = [DeadlineState.DUE, DeadlineState.DUE_SOON, DeadlineState.OVERDUE];

/** Done, on time or late: final (a step that happens again starts a new round, reopen.ts). */
export const MET_STATES: readonly DeadlineState[] = [DeadlineState.MET_ON_TIME, DeadlineState.MET_LATE];

/** Final: met, or ended with its case (issue #9); a new round of the step is a new row (reopen.ts). */
export const FINISHED_STATES: readonly DeadlineState[] = [...MET_STATES, DeadlineState.NO_LONGER_DUE];

/** Not yet met nor breached: the partial index of the scheduler's scan covers exactly these. */
export const PENDING_STATES: readonly DeadlineState[] = [DeadlineState.DUE, DeadlineState.DUE_SOON];

/** What `stateAt` needs of a deadline. */
export interface TimedDeadline {
  readonly dueAt: Date;
  readonly metAt: Date | null;
  /** Issue #9: when its case ended before the step was done (NO_LONGER_DUE); absent or null: it did not. */
  readonly endedAt?: Date | null;
}

/**
 * The exact state at `now`, used when reading so the unified view is right between two passes.
 * Met at the due instant itself is on time ("by 12:00" includes 12:00, A4); DUE_SOON once the due
 * time is at most `dueSoonWithinMs` away. A met state depends only on when the step was done, not on
 * when the scheduler last ran.
 */
export function stateAt(deadline: TimedDeadline, now: Date, dueSoonWithinMs: number): DeadlineState {
  const due = deadline.dueAt.getTime();
  if (deadline.endedAt !== undefined && deadline.endedAt !== null) {
    return DeadlineState.NO_LONGER_DUE;
  }
  if (deadline.metAt !== null) {
    return deadline.metAt.getTime() <= due ? DeadlineState.MET_ON_TIME : DeadlineState.MET_LATE;
  }
  const left = due - now.getTime();
  if (left < 0) {
    return DeadlineState.OVERDUE;
  }
  return left <= dueSoonWithinMs ? DeadlineState.DUE_SOON : DeadlineState.DUE;
}
