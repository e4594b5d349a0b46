import { composeServices } from "@apollo/composition";
import { graphql, parse } from "graphql";
import pino from "pino";
import type { DataSource } from "typeorm";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { Deadline } from "../../shared/deadlines/deadline.type";
import { openDeadline } from "../../shared/deadlines/lifecycle";
import type { DeadlinePassOutcome } from "../../shared/deadlines/pass";
import { schedulerRunsResolverFor } from "../../shared/deadlines/resolver";
import { startScheduler } from "../../shared/deadlines/scheduler";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { createTestDatabase, TestDatabase } from "../support/database";
import { countRows, DEADLINES_TEST_SCHEMA, FakeClock, openDeadlinesTestDatabase, resetDeadlines, STUB_RULES } from "./support";

const HOUR = 3_600_000;
const INTERVAL = 60_000;

/** A timer the test fires by hand: the loop arms it, the test runs the tick and waits for the next arming. */
class ManualTimer {
  private armed: { tick: () => void; delayMs: number; cancelled: boolean }[] = [];
  private waiting: (() => void)[] = [];

  readonly setTimer = (tick: () => void, delayMs: number): (() => void) => {
    const timer = { tick, delayMs, cancelled: false };
    this.armed.push(timer);
    this.waiting.splice(0).forEach((resolve) => resolve());
    return () => {
      timer.cancelled = true;
    };
  };

  get delays(): number[] {
    return this.armed.map((timer) => timer.delayMs);
  }

  get pending(): number {
    return this.armed.filter((timer) => !timer.cancelled).length;
  }

  /** Fires the latest timer and resolves when the loop has armed the next one (its pass is over). */
  async fire(): Promise<void> {
    const timer = this.armed.filter((candidate) => !candidate.cancelled).pop();
    if (timer === undefined) {
      throw new Error("no timer armed");
    }
    timer.cancelled = true;
    const rearmed = new Promise<void>((resolve) => this.waiting.push(resolve));
    timer.tick();
    await rearmed;
  }
}

/** Issue #8: the tick loop a subgraph runtime starts and stops, driven by hand with a fake clock. */
describe("startScheduler", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;
  let dataSource: DataSource;
  const clock = new FakeClock("2025-03-07T03:00:00.000Z");
  const logLines: string[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => logLines.push(line) });

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openDeadlinesTestDatabase(database.engine);
    dataSource = subgraph.dataSource;
    await resetDeadlines(dataSource);
    await dataSource.transaction(async (manager) => {
      for (const id of ["s1", "s2"]) {
        await openDeadline(manager, { schema: DEADLINES_TEST_SCHEMA, now: clock.now, dueSoonWithinMs: 4 * HOUR, computeDue: () => new Date("2025-03-07T15:59:59.999Z") }, {
          subject: { type: "CareCase", id },
          step: "REFERRAL",
          rule: STUB_RULES.REFERRAL,
          startedAt: new Date("2025-03-06T01:00:00.000Z"),
        });
      }
    });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("should pass at once, then every interval, retry after a failure and stop cleanly", async () => {
    const timer = new ManualTimer();
    const outcomes: DeadlinePassOutcome[] = [];
    const scheduler = startScheduler({
      dataSource,
      schema: DEADLINES_TEST_SCHEMA,
      now: clock.now,
      intervalMs: INTERVAL,
      dueSoonWithinMs: 4 * HOUR,
      replicaId: "replica-1",
      log,
      setTimer: timer.setTimer,
      onPass: (outcome) => outcomes.push(outcome),
    });
    expect(timer.delays).toEqual([0]);

    await timer.fire();
    expect(outcomes.map((outcome) => (outcome.status === "ran" ? outcome.run.changed : outcome.status))).toEqual([{ overdue: 0, breaches: 0, dueSoon: 0 }]);

    const runs = `"${DEADLINES_TEST_SCHEMA}"."scheduler_runs"`;
    await dataSource.query(`CREATE FUNCTION "${DEADLINES_TEST_SCHEMA}"."fail_tick"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'replica died at 0912345678'; END $$`);
    await dataSource.query(`CREATE TRIGGER "fail_tick" BEFORE INSERT ON ${runs} FOR EACH ROW EXECUTE FUNCTION "${DEADLINES_TEST_SCHEMA}"."fail_tick"()`);
    clock.set("2025-03-08T00:00:00.000Z");
    await timer.fire();
    expect(outcomes).toHaveLength(1);
    expect(await countRows(dataSource, "deadline_breaches")).toBe(0);
    const failure = logLines.map((line) => JSON.parse(line) as { msg: string; error?: { code?: string } }).find((entry) => entry.msg.startsWith("deadline pass failed"));
    expect(failure?.error?.code).toBe("P0001");
    expect(logLines.join("\n")).not.toContain("0912345678");

    await dataSource.query(`DROP TRIGGER "fail_tick" ON ${runs}`);
    await timer.fire();
    expect(outcomes.map((outcome) => (outcome.status === "ran" ? outcome.run.changed : outcome.status))).toEqual([
      { overdue: 0, breaches: 0, dueSoon: 0 },
      { overdue: 2, breaches: 2, dueSoon: 0 },
    ]);
    expect(timer.delays).toEqual([0, INTERVAL, INTERVAL, INTERVAL]);

    await scheduler.stop();
    expect(timer.pending).toBe(0);
  });

  it("should refuse an interval that is not a positive whole number of milliseconds", () => {
    expect(() => startScheduler({ dataSource, schema: DEADLINES_TEST_SCHEMA, now: clock.now, intervalMs: 0, dueSoonWithinMs: HOUR })).toThrow();
  });
});

/** The operator query and the Deadline type, as an owning subgraph will serve them (not wired into one yet). */
describe("schedulerRunsResolverFor", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openDeadlinesTestDatabase(database.engine);
    await subgraph.dataSource.query(
      `INSERT INTO "${DEADLINES_TEST_SCHEMA}"."scheduler_runs" ("job", "replica", "started_at", "finished_at", "duration_ms", "changed") VALUES
        ('deadline-pass', 'host-a:11', '2025-03-08T00:00:00Z', '2025-03-08T00:00:00.012Z', 12, '{"overdue": 2, "breaches": 2, "dueSoon": 0}'),
        ('deadline-recompute', 'host-b:22', '2025-03-08T00:01:00Z', '2025-03-08T00:01:00.003Z', 3, '{"moved": 1, "overdue": 0, "breaches": 0, "dueSoon": 0}'),
        ('deadline-pass', 'host-b:22', '2025-03-08T00:02:00Z', '2025-03-08T00:02:00.004Z', 4, '{"overdue": 0, "breaches": 0, "dueSoon": 1}')`,
    );
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  const QUERY = `query Runs($job: String, $first: Int) {
    districtSchedulerRuns(job: $job, first: $first) { agency job replica startedAt durationMs changed { what count } }
  }`;

  it("should list the last runs of a job, newest first, with what each changed", async () => {
    const { schema } = await buildFederatedSchema({ resolvers: [schedulerRunsResolverFor("district", DEADLINES_TEST_SCHEMA)], orphanedTypes: [Deadline] });
    const result = await graphql({ schema, source: QUERY, variableValues: { job: "deadline-pass", first: 5 }, contextValue: { dataSource: subgraph.dataSource } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      districtSchedulerRuns: [
        {
          agency: "district",
          job: "deadline-pass",
          replica: "host-b:22",
          startedAt: "2025-03-08T00:02:00.000Z",
          durationMs: 4,
          changed: [
            { what: "breaches", count: 0 },
            { what: "dueSoon", count: 1 },
            { what: "overdue", count: 0 },
          ],
        },
        {
          agency: "district",
          job: "deadline-pass",
          replica: "host-a:11",
          startedAt: "2025-03-08T00:00:00.000Z",
          durationMs: 12,
          changed: [
            { what: "breaches", count: 2 },
            { what: "dueSoon", count: 0 },
            { what: "overdue", count: 2 },
          ],
        },
      ],
    });
  });

  it("should answer BAD_USER_INPUT for a page size out of range", async () => {
    const { schema } = await buildFederatedSchema({ resolvers: [schedulerRunsResolverFor("district", DEADLINES_TEST_SCHEMA)] });
    const result = await graphql({ schema, source: QUERY, variableValues: { first: 0 }, contextValue: { dataSource: subgraph.dataSource } });
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should compose when several subgraphs serve the shared Deadline and SchedulerRun types", async () => {
    const subgraphs = await Promise.all(
      ["district", "social"].map(async (name) => {
        const { sdl } = await buildFederatedSchema({ resolvers: [schedulerRunsResolverFor(name, `${name}_deadlines`)], orphanedTypes: [Deadline] });
        return { name, url: `http://${name}.invalid/graphql`, typeDefs: parse(sdl) };
      }),
    );
    const composed = composeServices(subgraphs);
    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toContain("districtSchedulerRuns");
    expect(composed.supergraphSdl).toContain("socialSchedulerRuns");
    expect(composed.supergraphSdl).toMatch(/enum DeadlineState[^}]*MET_LATE/);
  });
});
