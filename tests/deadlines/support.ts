import type { DataSource } from "typeorm";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { DatabaseEngine } from "../../shared/db/engine";
import { deadlinesEndingMigration, deadlinesMigration } from "../../shared/deadlines/migration";
import type { ComputeDue, DueTimeRule } from "../../shared/deadlines/rule";

/** The throwaway schema the deadline tests open, with only the deadline migration, as an owning subgraph would. */
export const DEADLINES_TEST_SCHEMA = "deadlines_test";

export function openDeadlinesTestDatabase(engine: DatabaseEngine): Promise<SubgraphDatabase> {
  return openSubgraphDatabase(engine, { schema: DEADLINES_TEST_SCHEMA, entities: [], migrations: [deadlinesMigration(DEADLINES_TEST_SCHEMA), deadlinesEndingMigration(DEADLINES_TEST_SCHEMA)] });
}

/** A clock the test moves by hand (never sleeps). */
export class FakeClock {
  private current: Date;

  constructor(iso: string) {
    this.current = new Date(iso);
  }

  readonly now = (): Date => new Date(this.current.getTime());

  set(iso: string): void {
    this.current = new Date(iso);
  }
}

const TAIPEI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight (Asia/Taipei) of the Taipei day holding `instant`, as a UTC day number. */
function taipeiDay(instant: Date): number {
  return Math.floor((instant.getTime() + TAIPEI_OFFSET_MS) / DAY_MS);
}

function isWeekendDay(day: number): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function taipeiInstantOf(day: number, hour: number): Date {
  return new Date(day * DAY_MS + hour * 3_600_000 - TAIPEI_OFFSET_MS);
}

function endOfTaipeiDay(day: number): Date {
  return new Date((day + 1) * DAY_MS - TAIPEI_OFFSET_MS - 1);
}

function numberParameter(rule: DueTimeRule, name: string): number {
  const value: unknown = Object.entries(rule).find(([key]) => key === name)?.[1];
  if (typeof value !== "number") {
    throw new Error(`rule ${rule.kind} needs a number ${name}`);
  }
  return value;
}

/**
 * Programme A's rules in the shapes of shared/calendar's DEADLINE_RULES (A4, A2, A6, A9), written out
 * by hand for the stub below (this branch predates the calendar's merge).
 */
export const STUB_RULES = {
  HANDOVER: { kind: "noonNextWorkingDay" },
  HOME_VISIT: { kind: "calendarDays", days: 7 },
  VISIT_RECORD: { kind: "period", days: 2 },
  REFERRAL: { kind: "period", days: 1 },
} as const;

/**
 * TEST STUB, NOT THE CALENDAR: a stand-in for shared/calendar's `dueAt` that knows weekends only —
 * no holidays, no make-up working days — for the rule kinds of STUB_RULES.
 * `closedDays` (Taipei dates, YYYY-MM-DD) play a city closure for the recompute test.
 */
export function weekendOnlyCalendarStub(closedDays: ReadonlySet<string> = new Set()): ComputeDue {
  const isDayOff = (day: number): boolean => isWeekendDay(day) || closedDays.has(new Date(day * DAY_MS).toISOString().slice(0, 10));
  const nextWorkingDay = (day: number): number => {
    let next = day;
    while (isDayOff(next)) {
      next += 1;
    }
    return next;
  };
  return (rule, startedAt) => {
    const start = taipeiDay(startedAt);
    switch (rule.kind) {
      case "noonNextWorkingDay":
        return taipeiInstantOf(nextWorkingDay(start + 1), 12);
      case "calendarDays":
        return endOfTaipeiDay(start + numberParameter(rule, "days"));
      case "period":
        // R2, 行政程序法 art. 48: the start day not counted, an end on a day off moves to the next working day.
        return endOfTaipeiDay(nextWorkingDay(start + numberParameter(rule, "days")));
      default:
        throw new Error(`The stub calendar has no rule ${rule.kind}`);
    }
  };
}

export interface DeadlineStateRow {
  subject_id: string;
  step: string;
  state: string;
  breached_at: Date | null;
  met_at: Date | null;
}

/** Reads the stored rows directly (not through the code under test). */
export async function storedStates(dataSource: DataSource): Promise<DeadlineStateRow[]> {
  return (await dataSource.query(
    `SELECT "subject_id", "step", "state", "breached_at", "met_at" FROM "${DEADLINES_TEST_SCHEMA}"."deadlines" ORDER BY "subject_id", "step"`,
  )) as DeadlineStateRow[];
}

export async function countRows(dataSource: DataSource, table: "deadlines" | "deadline_breaches" | "scheduler_runs"): Promise<number> {
  const rows = (await dataSource.query(`SELECT count(*)::int AS "n" FROM "${DEADLINES_TEST_SCHEMA}"."${table}"`)) as { n: number }[];
  return rows[0].n;
}

/** Empties the tables between scenarios (the test's own schema; nothing else uses it). */
export async function resetDeadlines(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `TRUNCATE "${DEADLINES_TEST_SCHEMA}"."deadline_breaches", "${DEADLINES_TEST_SCHEMA}"."scheduler_runs", "${DEADLINES_TEST_SCHEMA}"."deadlines" RESTART IDENTITY`,
  );
}
