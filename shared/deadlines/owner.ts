import type { EntityManager } from "typeorm";
import { calendarComputeDue } from "../calendar/closures/compute-due";
import { DEADLINE_RULES, DeadlineStep } from "../calendar/deadline-rules";
import { CalendarYearNotLoaded } from "../calendar/errors";
import { processCalendar } from "../calendar/process-calendar";
import { now } from "../clock";
import { envWholeNumber } from "../config";
import type { Logger } from "../logger";
import type { BackgroundJob } from "../subgraph/jobs";
import type { DeadlineConfig } from "./config";
import { endOpenDeadlines, meetDeadline, meetDeadlines, openDeadline, openDeadlines } from "./lifecycle";
import { DEADLINE_PASS_JOB, DeadlinePassOptions, runDeadlinePass } from "./pass";
import { setFinishedRoundAside } from "./reopen";
import type { DeadlineSubject } from "./rule";
import type { StoredDeadline } from "./table";

/**
 * Everything a subgraph that owns statutory steps needs for their deadlines (issue #8): the
 * configuration (Taipei's office calendar, the platform clock, the DUE_SOON threshold), opening and
 * meeting a step's deadline inside the step's own transaction, and the scheduler pass as a
 * background job. Settings: DEADLINE_DUE_SOON_MINUTES (default 240), DEADLINE_PASS_SECONDS (30).
 */
export interface DeadlineOwner {
  readonly config: DeadlineConfig;
  open(manager: EntityManager, subject: DeadlineSubject, step: DeadlineStep, startedAt: Date): Promise<StoredDeadline | null>;
  /** Issue #12: the same step on many subjects in one statement (a feed's page); how many were opened, 0 when the calendar lacks a year. */
  openMany(manager: EntityManager, step: DeadlineStep, starts: readonly { readonly subject: DeadlineSubject; readonly startedAt: Date }[]): Promise<number>;
  meet(manager: EntityManager, subject: DeadlineSubject, step: DeadlineStep, metAt: Date): Promise<StoredDeadline | null>;
  /** Issue #10: `meet` on many subjects of one type in one statement; how many were met now. */
  meetMany(manager: EntityManager, subjectType: string, step: DeadlineStep, meets: readonly { readonly subjectId: string; readonly metAt: Date }[]): Promise<number>;
  /** Issue #9: the subject ended first; its open deadlines are NO_LONGER_DUE, for `reason` (lifecycle.ts `endOpenDeadlines`). */
  end(manager: EntityManager, subject: DeadlineSubject, reason: string, endedAt: Date): Promise<StoredDeadline[]>;
  /** A new round of a step already done on this subject (reopen.ts): the finished round is kept aside, a new one opened. */
  reopen(manager: EntityManager, subject: DeadlineSubject, step: DeadlineStep, startedAt: Date): Promise<StoredDeadline | null>;
  /** `afterAdvance`: the owner's hook in the pass's transaction (e.g. overdue notifications, issue #8). */
  job(dataSource: Parameters<typeof runDeadlinePass>[0], hooks?: Pick<DeadlinePassOptions, "afterAdvance">): BackgroundJob;
}

export function deadlineOwner(schema: string, log: Pick<Logger, "warn">): DeadlineOwner {
  const config: DeadlineConfig = {
    schema,
    now,
    dueSoonWithinMs: envWholeNumber("DEADLINE_DUE_SOON_MINUTES", 240, 0) * 60_000,
    computeDue: calendarComputeDue(processCalendar),
  };
  const intervalMs = envWholeNumber("DEADLINE_PASS_SECONDS", 30, 1) * 1000;
  const open: DeadlineOwner["open"] = async (manager, subject, step, startedAt) => {
      try {
        return await openDeadline(manager, config, { subject, step, rule: DEADLINE_RULES[step].rule, startedAt });
      } catch (error) {
        // D9/R2: a deadline is a flag, never a reason to refuse the step. A year missing from the
        // calendar leaves the step without a deadline, logged (by code) for the operator to import it.
        if (error instanceof CalendarYearNotLoaded) {
          log.warn({ step, year: error.year, code: "CALENDAR_YEAR_NOT_LOADED" }, "deadline not opened: the office calendar lacks the year");
          return null;
        }
        throw error;
      }
  };
  return {
    config,
    open,
    openMany: async (manager, step, starts) => {
      try {
        return await openDeadlines(manager, config, step, DEADLINE_RULES[step].rule, starts);
      } catch (error) {
        // As `open`: a flag, never a reason to refuse the rows (D9/R2). A year missing for some
        // starts (a batch across New Year) leaves only those without a deadline: one by one, as `open`.
        if (error instanceof CalendarYearNotLoaded) {
          let opened = 0;
          for (const start of starts) {
            opened += (await open(manager, start.subject, step, start.startedAt)) === null ? 0 : 1;
          }
          return opened;
        }
        throw error;
      }
    },
    reopen: async (manager, subject, step, startedAt) => {
      await setFinishedRoundAside(manager, schema, subject, step);
      return open(manager, subject, step, startedAt);
    },
    meet: (manager, subject, step, metAt) => meetDeadline(manager, config, subject, step, metAt),
    meetMany: (manager, subjectType, step, meets) => meetDeadlines(manager, config, subjectType, step, meets),
    end: (manager, subject, reason, endedAt) => endOpenDeadlines(manager, config, subject, reason, endedAt),
    job: (dataSource, hooks = {}) => ({ name: DEADLINE_PASS_JOB, intervalMs, runOnce: () => runDeadlinePass(dataSource, { ...config, ...hooks }) }),
  };
}
