import { quotedSchema } from "../audit/table";
import type { DueTimeRule } from "./rule";
import { DeadlineState } from "./state";

/**
 * Where one owning subgraph keeps its deadlines (D1, D9): three tables in its own schema. Every
 * module builds its SQL from these names, so the schema is checked once before it is spliced into
 * SQL (identifiers cannot be bind parameters).
 */
export const DEADLINES_TABLE = "deadlines";
export const BREACHES_TABLE = "deadline_breaches";
export const RUNS_TABLE = "scheduler_runs";

/** The partial index of the scheduler's scan; named so a test can find it in EXPLAIN. */
export const PENDING_DUE_INDEX = "deadlines_pending_due_at";

export function deadlinesTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${DEADLINES_TABLE}"`;
}

export function breachesTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${BREACHES_TABLE}"`;
}

export function runsTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${RUNS_TABLE}"`;
}

/** A list of states as an SQL literal list; the values come from the enum, never from a caller. */
export function stateList(states: readonly DeadlineState[]): string {
  return states.map((state) => `'${state}'`).join(", ");
}

/** A deadline as stored. */
export interface StoredDeadline {
  readonly id: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly step: string;
  readonly rule: DueTimeRule;
  readonly startedAt: Date;
  readonly dueAt: Date;
  /** As of the last write or pass; read the exact state with `stateAt`. */
  readonly state: DeadlineState;
  readonly metAt: Date | null;
  readonly breachedAt: Date | null;
  /** Issue #9: when the step stopped being due because its case ended first (NO_LONGER_DUE), and why. */
  readonly endedAt: Date | null;
  readonly endReason: string | null;
}

/** The columns every query returns, in the row shape `deadlineOf` maps. */
export const DEADLINE_COLUMNS = `"id"::text AS "id", "subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "met_at", "breached_at", "ended_at", "end_reason"`;

export interface DeadlineRow {
  id: string;
  subject_type: string;
  subject_id: string;
  step: string;
  rule: DueTimeRule | string;
  started_at: Date | string;
  due_at: Date | string;
  state: DeadlineState;
  met_at: Date | string | null;
  breached_at: Date | string | null;
  ended_at: Date | string | null;
  end_reason: string | null;
}

/** pg and PGlite both parse timestamptz into Date; a string is accepted in case a driver does not. */
export function instantOf(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function optionalInstant(value: Date | string | null): Date | null {
  return value === null ? null : instantOf(value);
}

export function deadlineOf(row: DeadlineRow): StoredDeadline {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    step: row.step,
    rule: typeof row.rule === "string" ? (JSON.parse(row.rule) as DueTimeRule) : row.rule,
    startedAt: instantOf(row.started_at),
    dueAt: instantOf(row.due_at),
    state: row.state,
    metAt: optionalInstant(row.met_at),
    breachedAt: optionalInstant(row.breached_at),
    endedAt: optionalInstant(row.ended_at),
    endReason: row.end_reason,
  };
}
