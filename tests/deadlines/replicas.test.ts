import { Client } from "pg";
import type { DataSource } from "typeorm";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { advanceDeadlines } from "../../shared/deadlines/advance";
import { schedulerLockKey } from "../../shared/deadlines/lock";
import { DeadlinePassOutcome, runDeadlinePass } from "../../shared/deadlines/pass";
import { PENDING_DUE_INDEX } from "../../shared/deadlines/table";
import { createTestDatabase, TestDatabase } from "../support/database";
import { countRows, DEADLINES_TEST_SCHEMA, FakeClock, openDeadlinesTestDatabase, resetDeadlines } from "./support";

const HOUR = 3_600_000;
const TABLE = `"${DEADLINES_TEST_SCHEMA}"."deadlines"`;
const onPostgres = process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== "";

/** Inserts `count` deadlines in one statement: `state` and due times as given (test data, not the code under test). */
async function insertDeadlines(dataSource: DataSource, count: number, state: "DUE" | "MET_ON_TIME", dueAt: string, prefix: string): Promise<void> {
  const met = state === "MET_ON_TIME" ? `'${dueAt}'::timestamptz` : "NULL";
  await dataSource.query(
    `INSERT INTO ${TABLE} ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "met_at", "created_at", "updated_at")
     SELECT 'CareCase', '${prefix}-' || n, 'REFERRAL', '{"kind":"workingDaysEnd","days":1}'::jsonb, $1::timestamptz - interval '1 day', $1::timestamptz, '${state}', ${met}, $1::timestamptz, $1::timestamptz
       FROM generate_series(1, ${count}) AS n`,
    [dueAt],
  );
}

function totalBreaches(outcomes: readonly DeadlinePassOutcome[]): number {
  return outcomes.reduce((sum, outcome) => sum + (outcome.status === "ran" ? (outcome.run.changed.breaches ?? 0) : 0), 0);
}

/** Issue #8: the pass is safe on several replicas (never fires twice, never misses when one dies) and indexed. */
describe("the deadline pass on several replicas", () => {
  let database: TestDatabase;
  let first: SubgraphDatabase;
  let dataSource: DataSource;
  const clock = new FakeClock("2025-03-08T00:00:00.000Z");
  const options = (replicaId: string) => ({ schema: DEADLINES_TEST_SCHEMA, now: clock.now, dueSoonWithinMs: 4 * HOUR, replicaId });

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await openDeadlinesTestDatabase(database.engine);
    dataSource = first.dataSource;
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  beforeEach(async () => {
    await resetDeadlines(dataSource);
  });

  it("should mark each breach once when two passes start at the same time", async () => {
    await insertDeadlines(dataSource, 2000, "DUE", "2025-03-07T15:59:59.999Z", "late");
    // On PostgreSQL a second DataSource is a second replica (its own pool); on PGlite it shares the one session.
    const second = await openDeadlinesTestDatabase(database.engine);
    try {
      const outcomes = await Promise.all([
        runDeadlinePass(dataSource, options("replica-1")),
        runDeadlinePass(second.dataSource, options("replica-2")),
        runDeadlinePass(dataSource, options("replica-1")),
        runDeadlinePass(second.dataSource, options("replica-2")),
      ]);
      expect(totalBreaches(outcomes)).toBe(2000);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(2000);
      const working = outcomes.filter((outcome) => outcome.status === "ran" && outcome.run.changed.overdue > 0);
      expect(working).toHaveLength(1);
      if (!onPostgres) {
        // PGlite has one session: the calls queue, each takes the lock in turn and the later ones find nothing to do.
        expect(outcomes.map((outcome) => outcome.status)).toEqual(["ran", "ran", "ran", "ran"]);
      }
    } finally {
      await second.dataSource.destroy();
    }
  });

  it("should mark every overdue deadline once over many ticks of two replicas", async () => {
    const second = await openDeadlinesTestDatabase(database.engine);
    try {
      let breaches = 0;
      for (const [day, dueAt] of [
        ["2025-03-08T00:00:00.000Z", "2025-03-07T15:59:59.999Z"],
        ["2025-03-09T00:00:00.000Z", "2025-03-08T15:59:59.999Z"],
        ["2025-03-10T00:00:00.000Z", "2025-03-09T15:59:59.999Z"],
      ]) {
        await insertDeadlines(dataSource, 100, "DUE", dueAt, `tick-${day}`);
        clock.set(day);
        breaches += totalBreaches(await Promise.all([runDeadlinePass(dataSource, options("replica-1")), runDeadlinePass(second.dataSource, options("replica-2"))]));
      }
      expect(breaches).toBe(300);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(300);
    } finally {
      await second.dataSource.destroy();
      clock.set("2025-03-08T00:00:00.000Z");
    }
  });

  (onPostgres ? describe : describe.skip)("on PostgreSQL, with a replica holding the lock", () => {
    let replica: Client;

    beforeEach(async () => {
      if (database.engine.kind !== "postgres") {
        throw new Error("needs PostgreSQL");
      }
      replica = new Client({ connectionString: database.engine.url });
      // The connection is killed on purpose below; its error event must not fail the run.
      replica.on("error", () => undefined);
      await replica.connect();
    });

    afterEach(async () => {
      await replica.end().catch(() => undefined);
    });

    it("should skip while another replica runs the pass, and run once it committed", async () => {
      await insertDeadlines(dataSource, 10, "DUE", "2025-03-07T15:59:59.999Z", "held");
      await replica.query("BEGIN");
      const locked = await replica.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS "locked"`, [schedulerLockKey(DEADLINES_TEST_SCHEMA)]);
      expect(locked.rows[0].locked).toBe(true);
      expect(await runDeadlinePass(dataSource, options("replica-1"))).toEqual({ status: "skipped", reason: "another replica runs it" });
      expect(await countRows(dataSource, "scheduler_runs")).toBe(0);
      await replica.query("COMMIT");
      const outcome = await runDeadlinePass(dataSource, options("replica-1"));
      expect(outcome.status === "ran" ? outcome.run.changed : null).toEqual({ overdue: 10, breaches: 10, dueSoon: 0 });
    });

    it("should not wait for a deadline a writer holds, and take it at the next tick", async () => {
      await insertDeadlines(dataSource, 10, "DUE", "2025-03-07T15:59:59.999Z", "busy");
      await replica.query("BEGIN");
      // A mutation meeting its step holds the row (meetDeadline's UPDATE takes the same row lock).
      await replica.query(`SELECT "id" FROM ${TABLE} WHERE "subject_id" = 'busy-1' FOR UPDATE`);
      const during = await runDeadlinePass(dataSource, options("replica-1"));
      expect(during.status === "ran" ? during.run.changed : null).toEqual({ overdue: 9, breaches: 9, dueSoon: 0 });
      await replica.query("COMMIT");
      const after = await runDeadlinePass(dataSource, options("replica-1"));
      expect(after.status === "ran" ? after.run.changed : null).toEqual({ overdue: 1, breaches: 1, dueSoon: 0 });
    });

    it("should redo the pass of a replica that died mid-way, with nothing of it applied", async () => {
      await insertDeadlines(dataSource, 10, "DUE", "2025-03-07T15:59:59.999Z", "died");
      const pid = (await replica.query(`SELECT pg_backend_pid() AS "pid"`)).rows[0].pid as number;
      await replica.query("BEGIN");
      await replica.query(`SELECT pg_try_advisory_xact_lock($1::bigint)`, [schedulerLockKey(DEADLINES_TEST_SCHEMA)]);
      // Half a pass: the states moved, the breaches not yet written.
      await replica.query(`UPDATE ${TABLE} SET "state" = 'OVERDUE', "breached_at" = "due_at" WHERE "state" IN ('DUE', 'DUE_SOON') AND "due_at" < $1::timestamptz`, [clock.now().toISOString()]);
      expect((await runDeadlinePass(dataSource, options("replica-1"))).status).toBe("skipped");
      // The timeout makes the call wait until the backend is gone and its lock released (PostgreSQL ≥ 14).
      await dataSource.query(`SELECT pg_terminate_backend($1::int, 5000)`, [pid]);
      const outcome = await runDeadlinePass(dataSource, options("replica-1"));
      expect(outcome.status === "ran" ? outcome.run.changed : null).toEqual({ overdue: 10, breaches: 10, dueSoon: 0 });
      expect(await countRows(dataSource, "deadline_breaches")).toBe(10);
    });
  });

  /** The pass's own statements, EXPLAINed (not executed): plain EXPLAIN never runs the UPDATE. */
  async function explainedPass(): Promise<string[]> {
    const plans: string[] = [];
    await dataSource.transaction(async (manager) => {
      const explaining = {
        query: async (sql: string, parameters?: unknown[]): Promise<unknown> => {
          const rows = (await manager.query(`EXPLAIN ${sql}`, parameters)) as Record<string, string>[];
          plans.push(rows.map((row) => Object.values(row).join("")).join("\n"));
          return [{ overdue: 0, breaches: 0, due_soon: 0 }];
        },
      };
      await advanceDeadlines(explaining, DEADLINES_TEST_SCHEMA, clock.now(), 4 * HOUR);
    });
    return plans;
  }

  it("should scan open deadlines through the partial index, not the whole table", async () => {
    await insertDeadlines(dataSource, 20000, "MET_ON_TIME", "2025-02-01T15:59:59.999Z", "closed");
    await insertDeadlines(dataSource, 20, "DUE", "2025-03-07T15:59:59.999Z", "open");
    await dataSource.query(`ANALYZE ${TABLE}`);
    const plans = await explainedPass();
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain(PENDING_DUE_INDEX);
      expect(plan).not.toMatch(/Seq Scan on deadlines/);
    }
  });

  it("should find many due deadlines again by the primary key, not by a scan of the whole table (issue #8's benchmark)", async () => {
    // Many rows due at once (a pass after a long closure): with `id IN (subquery)` the planner
    // chose a Hash Semi Join over a Seq Scan of every deadline here.
    await insertDeadlines(dataSource, 20000, "MET_ON_TIME", "2025-02-01T15:59:59.999Z", "closed-many");
    await insertDeadlines(dataSource, 4000, "DUE", "2025-03-07T15:59:59.999Z", "due-many");
    await insertDeadlines(dataSource, 4000, "DUE", "2025-03-20T15:59:59.999Z", "later-many");
    await dataSource.query(`ANALYZE ${TABLE}`);
    const plans = await explainedPass();
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain("deadlines_pkey");
      expect(plan).not.toMatch(/Seq Scan on deadlines/);
    }
  });
});
