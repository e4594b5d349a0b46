import { performance } from "perf_hooks";
import type { DataSource, EntityManager } from "typeorm";
import { advanceDeadlines } from "./advance";
import { checkDeadlineClock, DeadlineConfig, nowOf } from "./config";
import { lockDeadlines } from "./lock";
import { defaultReplicaId } from "./pass";
import type { DeadlineSubject, DueTimeRule } from "./rule";
import { recordRun, SchedulerRunRecord } from "./runs";
import { DeadlineState, PENDING_STATES, stateAt, statesLeadingTo } from "./state";
import { breachesTableOf, DEADLINE_COLUMNS, deadlineOf, DeadlineRow, deadlinesTableOf, StoredDeadline, stateList } from "./table";

export interface OpenDeadlineInput {
  readonly subject: DeadlineSubject;
  readonly step: string;
  readonly rule: DueTimeRule;
  readonly startedAt: Date;
}

/** Callers are subgraph services, not clients: a bad argument is a programming error, reported without data. */
function checkOpenInput(input: OpenDeadlineInput): void {
  if (input.subject.type === "" || input.subject.id === "" || input.step === "") {
    throw new Error("A deadline needs a subject type, a subject id and a step");
  }
  if (typeof input.rule.kind !== "string" || input.rule.kind === "") {
    throw new Error("A deadline rule needs a kind");
  }
  if (Number.isNaN(input.startedAt.getTime())) {
    throw new Error("A deadline needs a valid start instant");
  }
}

function computeChecked(config: DeadlineConfig, rule: DueTimeRule, startedAt: Date): Date {
  const due = config.computeDue(rule, startedAt);
  if (!(due instanceof Date) || Number.isNaN(due.getTime())) {
    throw new Error(`The due-time rule ${rule.kind} gave no valid instant`);
  }
  return due;
}

async function findDeadline(manager: EntityManager, schema: string, subject: DeadlineSubject, step: string): Promise<StoredDeadline | null> {
  const rows = (await manager.query(
    `SELECT ${DEADLINE_COLUMNS} FROM ${deadlinesTableOf(schema)} WHERE "subject_type" = $1 AND "subject_id" = $2 AND "step" = $3`,
    [subject.type, subject.id, step],
  )) as DeadlineRow[];
  return rows.length === 0 ? null : deadlineOf(rows[0]);
}

/**
 * Opens the deadline of a step, in the owning subgraph's transaction (`manager`), so the step and
 * its deadline are written together (D9). Idempotent per subject and step: a retried intake gets
 * the deadline it opened the first time, rule and due time unchanged. The stored state is DUE or
 * DUE_SOON; a deadline already past due at opening is breached by the next pass (the read side's
 * `stateAt` shows OVERDUE at once).
 */
export async function openDeadline(manager: EntityManager, config: DeadlineConfig, input: OpenDeadlineInput): Promise<StoredDeadline> {
  checkDeadlineClock(config);
  checkOpenInput(input);
  const now = nowOf(config);
  const dueAt = computeChecked(config, input.rule, input.startedAt);
  const initial = stateAt({ dueAt, metAt: null }, now, config.dueSoonWithinMs) === DeadlineState.DUE_SOON ? DeadlineState.DUE_SOON : DeadlineState.DUE;
  const rows = (await manager.query(
    `INSERT INTO ${deadlinesTableOf(config.schema)}
       ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "created_at", "updated_at")
     VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, $6::timestamptz, $7, $8::timestamptz, $8::timestamptz)
     ON CONFLICT ON CONSTRAINT "deadlines_one_per_step" DO NOTHING
     RETURNING ${DEADLINE_COLUMNS}`,
    [input.subject.type, input.subject.id, input.step, JSON.stringify(input.rule), input.startedAt.toISOString(), dueAt.toISOString(), initial, now.toISOString()],
  )) as DeadlineRow[];
  if (rows.length > 0) {
    return deadlineOf(rows[0]);
  }
  const existing = await findDeadline(manager, config.schema, input.subject, input.step);
  if (existing === null) {
    throw new Error("A deadline neither inserted nor found");
  }
  return existing;
}

/**
 * Opens the same step's deadline on many subjects in one statement (issue #12: a feed's page of
 * new follow-ups), with `openDeadline`'s rules: idempotent per subject and step (a subject that
 * has one keeps it), DUE or DUE_SOON at opening. Returns how many were opened.
 */
export async function openDeadlines(
  manager: EntityManager,
  config: DeadlineConfig,
  step: string,
  rule: DueTimeRule,
  starts: readonly { readonly subject: DeadlineSubject; readonly startedAt: Date }[],
): Promise<number> {
  checkDeadlineClock(config);
  if (starts.length === 0) {
    return 0;
  }
  const now = nowOf(config);
  const rows = starts.map(({ subject, startedAt }) => {
    checkOpenInput({ subject, step, rule, startedAt });
    const dueAt = computeChecked(config, rule, startedAt);
    const state = stateAt({ dueAt, metAt: null }, now, config.dueSoonWithinMs) === DeadlineState.DUE_SOON ? DeadlineState.DUE_SOON : DeadlineState.DUE;
    return { subject_type: subject.type, subject_id: subject.id, started_at: startedAt.toISOString(), due_at: dueAt.toISOString(), state };
  });
  const inserted = (await manager.query(
    `INSERT INTO ${deadlinesTableOf(config.schema)}
       ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "created_at", "updated_at")
     SELECT "subject_type", "subject_id", $2, $3::jsonb, "started_at", "due_at", "state", $4::timestamptz, $4::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS "start" ("subject_type" text, "subject_id" text, "started_at" timestamptz, "due_at" timestamptz, "state" text)
     ON CONFLICT ON CONSTRAINT "deadlines_one_per_step" DO NOTHING
     RETURNING "id"`,
    [JSON.stringify(rows), step, JSON.stringify(rule), now.toISOString()],
  )) as unknown[];
  return inserted.length;
}

/**
 * Marks the step done at `metAt` (when it was done, which the owning subgraph knows): MET_ON_TIME
 * at or before the due time, MET_LATE after it. A late step's breach is written here if no pass saw
 * it yet, and a breach already recorded is kept either way (issue #8: kept for the statistics) — a
 * MET_ON_TIME deadline with a breach was done in time but entered after its due time.
 * Deadlines never refuse data (R2): meeting twice keeps the first, a missing deadline gives null.
 */
export async function meetDeadline(
  manager: EntityManager,
  config: Pick<DeadlineConfig, "schema" | "now">,
  subject: DeadlineSubject,
  step: string,
  metAt: Date,
): Promise<StoredDeadline | null> {
  if (Number.isNaN(metAt.getTime())) {
    throw new Error("A deadline is met at a valid instant");
  }
  const now = nowOf(config);
  const deadlines = deadlinesTableOf(config.schema);
  const rows = (await manager.query(
    `WITH "met" AS (
       UPDATE ${deadlines}
          SET "state" = CASE WHEN $4::timestamptz <= "due_at" THEN '${DeadlineState.MET_ON_TIME}' ELSE '${DeadlineState.MET_LATE}' END,
              "met_at" = $4::timestamptz,
              "breached_at" = CASE WHEN $4::timestamptz > "due_at" THEN coalesce("breached_at", "due_at") ELSE "breached_at" END,
              "updated_at" = $5::timestamptz
        WHERE "subject_type" = $1 AND "subject_id" = $2 AND "step" = $3
          AND "state" IN (${stateList(statesLeadingTo(DeadlineState.MET_LATE))})
        RETURNING *
     ), "recorded" AS (
       INSERT INTO ${breachesTableOf(config.schema)} ("deadline_id", "subject_type", "subject_id", "step", "due_at", "breached_at", "detected_at")
       SELECT "id", "subject_type", "subject_id", "step", "due_at", "breached_at", $5::timestamptz FROM "met" WHERE "breached_at" IS NOT NULL
       ON CONFLICT ("deadline_id") DO NOTHING
     )
     SELECT ${DEADLINE_COLUMNS} FROM "met"`,
    [subject.type, subject.id, step, metAt.toISOString(), now.toISOString()],
  )) as DeadlineRow[];
  if (rows.length > 0) {
    return deadlineOf(rows[0]);
  }
  return findDeadline(manager, config.schema, subject, step);
}

/**
 * `meetDeadline` on many subjects of one step at once (issue #10: a ledger acknowledged, a batch of
 * first visits), with its rules: MET_ON_TIME or MET_LATE by each one's due time, a late one's
 * breach written if no pass saw it, meeting twice keeps the first. Returns how many were met now.
 */
export async function meetDeadlines(
  manager: Pick<EntityManager, "query">,
  config: Pick<DeadlineConfig, "schema" | "now">,
  subjectType: string,
  step: string,
  meets: readonly { readonly subjectId: string; readonly metAt: Date }[],
): Promise<number> {
  if (meets.length === 0) {
    return 0;
  }
  if (meets.some((each) => Number.isNaN(each.metAt.getTime()))) {
    throw new Error("A deadline is met at a valid instant");
  }
  const now = nowOf(config);
  const deadlines = deadlinesTableOf(config.schema);
  const rows = (await manager.query(
    `WITH "meets" AS (
       SELECT * FROM unnest($2::text[], $4::timestamptz[]) AS "m" ("subject_id", "met_at")
     ), "met" AS (
       UPDATE ${deadlines} AS "d"
          SET "state" = CASE WHEN "m"."met_at" <= "d"."due_at" THEN '${DeadlineState.MET_ON_TIME}' ELSE '${DeadlineState.MET_LATE}' END,
              "met_at" = "m"."met_at",
              "breached_at" = CASE WHEN "m"."met_at" > "d"."due_at" THEN coalesce("d"."breached_at", "d"."due_at") ELSE "d"."breached_at" END,
              "updated_at" = $5::timestamptz
         FROM "meets" AS "m"
        WHERE "d"."subject_type" = $1 AND "d"."subject_id" = "m"."subject_id" AND "d"."step" = $3
          AND "d"."state" IN (${stateList(statesLeadingTo(DeadlineState.MET_LATE))})
        RETURNING "d".*
     ), "recorded" AS (
       INSERT INTO ${breachesTableOf(config.schema)} ("deadline_id", "subject_type", "subject_id", "step", "due_at", "breached_at", "detected_at")
       SELECT "id", "subject_type", "subject_id", "step", "due_at", "breached_at", $5::timestamptz FROM "met" WHERE "breached_at" IS NOT NULL
       ON CONFLICT ("deadline_id") DO NOTHING
     )
     SELECT "id" FROM "met"`,
    [subjectType, meets.map((each) => each.subjectId), step, meets.map((each) => each.metAt.toISOString()), now.toISOString()],
  )) as unknown[];
  return rows.length;
}

/**
 * Issue #9: the subject ended before these steps were done (a case withdrawn, closed all well, closed
 * after two missed visits …), so they never will be: every open deadline of the subject becomes
 * NO_LONGER_DUE, with the instant and the reason (the case's closure), in the ending's own
 * transaction. From then on no pass breaches it, no inbox lists it, no overdue notice names it, and
 * the timeliness statistics leave it out; a breach already recorded stays (the breach table is
 * written once, B12). Met deadlines are untouched; ending twice ends nothing more.
 */
export async function endOpenDeadlines(
  manager: Pick<EntityManager, "query">,
  config: Pick<DeadlineConfig, "schema" | "now">,
  subject: DeadlineSubject,
  reason: string,
  endedAt: Date,
): Promise<StoredDeadline[]> {
  if (Number.isNaN(endedAt.getTime()) || reason === "") {
    throw new Error("A deadline ends at a valid instant, for a reason");
  }
  const now = nowOf(config);
  const rows = (await manager.query(
    `WITH "ended" AS (
       UPDATE ${deadlinesTableOf(config.schema)}
          SET "state" = '${DeadlineState.NO_LONGER_DUE}', "ended_at" = $3::timestamptz, "end_reason" = $4, "updated_at" = $5::timestamptz
        WHERE "subject_type" = $1 AND "subject_id" = $2 AND "state" IN (${stateList(statesLeadingTo(DeadlineState.NO_LONGER_DUE))})
        RETURNING *
     )
     SELECT ${DEADLINE_COLUMNS} FROM "ended" ORDER BY "id"`,
    [subject.type, subject.id, endedAt.toISOString(), reason, now.toISOString()],
  )) as DeadlineRow[];
  return rows.map(deadlineOf);
}

export const DEADLINE_RECOMPUTE_JOB = "deadline-recompute";

/** One deadline whose due time a calendar change moved. */
export interface MovedDeadline {
  readonly id: string;
  readonly subject: DeadlineSubject;
  readonly step: string;
  readonly previousDueAt: Date;
  readonly dueAt: Date;
}

export interface RecomputeOptions {
  /** Only deadlines due at or after this instant can be moved by the change (e.g. the first day it touches). */
  readonly dueFrom?: Date;
  readonly replicaId?: string;
}

export interface RecomputeResult {
  readonly moved: readonly MovedDeadline[];
  readonly run: SchedulerRunRecord;
}

/**
 * After the calendar changes (a typhoon closure, a corrected make-up day), recomputes the due time
 * of every pending deadline from its stored rule and start, moves those that changed, re-derives
 * their state, and records the run with what moved (issue #8: note which). Breached deadlines keep
 * their due time and breach: a closure declared after the fact does not erase a breach already
 * recorded (the statistics must not change under the reader). Waits for the scheduler lock, so it
 * never interleaves with a pass.
 */
export async function recomputeOpenDeadlines(dataSource: DataSource, config: DeadlineConfig, options: RecomputeOptions = {}): Promise<RecomputeResult> {
  checkDeadlineClock(config);
  const deadlines = deadlinesTableOf(config.schema);
  return dataSource.transaction(async (manager) => {
    await lockDeadlines(manager, config.schema);
    const now = nowOf(config);
    const started = performance.now();
    const from = options.dueFrom ?? new Date(0);
    const rows = (await manager.query(
      `SELECT ${DEADLINE_COLUMNS} FROM ${deadlines}
        WHERE "state" IN (${stateList(PENDING_STATES)}) AND "due_at" >= $1::timestamptz
        ORDER BY "id"
        FOR UPDATE`,
      [from.toISOString()],
    )) as DeadlineRow[];
    const moved: MovedDeadline[] = [];
    for (const deadline of rows.map(deadlineOf)) {
      const dueAt = computeChecked(config, deadline.rule, deadline.startedAt);
      if (dueAt.getTime() !== deadline.dueAt.getTime()) {
        moved.push({ id: deadline.id, subject: { type: deadline.subjectType, id: deadline.subjectId }, step: deadline.step, previousDueAt: deadline.dueAt, dueAt });
      }
    }
    if (moved.length > 0) {
      // Back to DUE, then the same set-based advance as a pass puts each in its state at `now`.
      await manager.query(
        `UPDATE ${deadlines} AS "d" SET "due_at" = "v"."due_at", "state" = '${DeadlineState.DUE}', "updated_at" = $3::timestamptz
           FROM unnest($1::bigint[], $2::timestamptz[]) AS "v" ("id", "due_at")
          WHERE "d"."id" = "v"."id"`,
        [moved.map((deadline) => deadline.id), moved.map((deadline) => deadline.dueAt.toISOString()), now.toISOString()],
      );
    }
    const counts = await advanceDeadlines(manager, config.schema, now, config.dueSoonWithinMs);
    const durationMs = Math.round(performance.now() - started);
    const run = await recordRun(manager, config.schema, {
      job: DEADLINE_RECOMPUTE_JOB,
      replica: options.replicaId ?? defaultReplicaId(),
      startedAt: now,
      finishedAt: new Date(now.getTime() + durationMs),
      durationMs,
      changed: { moved: moved.length, ...counts },
    });
    return { moved, run };
  });
}
