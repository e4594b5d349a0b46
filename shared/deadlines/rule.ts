/**
 * How a deadline's due time is found: the rule is configuration (R1) and the arithmetic is the
 * working-day calendar's (D9: `shared/calendar`'s DEADLINE_RULES and `dueAt`, the one source of the
 * steps and their numbers, STYLE 9). This module only fixes the contract between the two, so the
 * model and the scheduler never depend on how a calendar counts days. Step names are plain strings
 * here for the same reason: the calendar's DeadlineStep list is the one to use.
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
