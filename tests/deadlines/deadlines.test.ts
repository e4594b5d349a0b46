import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { SubgraphDatabase } from "../../shared/db/datasource";
import type { DeadlineConfig } from "../../shared/deadlines/config";
import { meetDeadline, openDeadline, recomputeOpenDeadlines } from "../../shared/deadlines/lifecycle";
import { createDeadlineLoader } from "../../shared/deadlines/loader";
import { DeadlinePassOutcome, runDeadlinePass } from "../../shared/deadlines/pass";
import { querySchedulerRuns } from "../../shared/deadlines/runs";
import { DeadlineState } from "../../shared/deadlines/state";
import { createTestDatabase, TestDatabase } from "../support/database";
import { countRows, DEADLINES_TEST_SCHEMA, FakeClock, openDeadlinesTestDatabase, resetDeadlines, storedStates, STUB_RULES, weekendOnlyCalendarStub } from "./support";

const HOUR = 3_600_000;
const CASE_A = "case-a";
const CASE_B = "case-b";
const CASE_C = "case-c";

function changedOf(outcome: DeadlinePassOutcome): Readonly<Record<string, number>> {
  if (outcome.status !== "ran") {
    throw new Error("expected the pass to run");
  }
  return outcome.run.changed;
}

function errorCodeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : undefined;
}

/** Issue #8: deadlines on statutory steps, moved by a pass driven here with a fake clock. */
describe("deadlines and the scheduler pass", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;
  let dataSource: DataSource;
  const clock = new FakeClock("2025-03-07T03:00:00.000Z");
  const config: DeadlineConfig = { schema: DEADLINES_TEST_SCHEMA, now: clock.now, dueSoonWithinMs: 4 * HOUR, computeDue: weekendOnlyCalendarStub() };
  const pass = (): Promise<DeadlinePassOutcome> => runDeadlinePass(dataSource, { ...config, replicaId: "replica-1" });

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openDeadlinesTestDatabase(database.engine);
    dataSource = subgraph.dataSource;
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  describe("a week of programme A steps", () => {
    beforeAll(async () => {
      await resetDeadlines(dataSource);
      clock.set("2025-03-07T03:00:00.000Z"); // Fri 11:00 Taipei
      await dataSource.transaction(async (manager) => {
        // Application Fri 10:00 Taipei → handover by Mon 12:00 Taipei (A4).
        await openDeadline(manager, config, { subject: { type: "Registration", id: CASE_A }, step: "HANDOVER", rule: STUB_RULES.HANDOVER, startedAt: new Date("2025-03-07T02:00:00.000Z") });
        // Visit Thu 15:00 Taipei → record within 2 days: Sat, moved to the end of Mon (A6, R2).
        await openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_B }, step: "VISIT_RECORD", rule: STUB_RULES.VISIT_RECORD, startedAt: new Date("2025-03-06T07:00:00.000Z") });
        // Need found Thu 09:00 Taipei → referral within 1 day: end of Fri (A9).
        await openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_C }, step: "REFERRAL", rule: STUB_RULES.REFERRAL, startedAt: new Date("2025-03-06T01:00:00.000Z") });
      });
    });

    it("should store each deadline with the due time of its rule, DUE", async () => {
      const rows = (await dataSource.query(`SELECT "subject_id", "step", "due_at", "state" FROM "${DEADLINES_TEST_SCHEMA}"."deadlines" ORDER BY "subject_id"`)) as {
        subject_id: string;
        step: string;
        due_at: Date;
        state: string;
      }[];
      expect(rows.map((row) => [row.subject_id, row.step, row.due_at.toISOString(), row.state])).toEqual([
        [CASE_A, "HANDOVER", "2025-03-10T04:00:00.000Z", "DUE"],
        [CASE_B, "VISIT_RECORD", "2025-03-10T15:59:59.999Z", "DUE"],
        [CASE_C, "REFERRAL", "2025-03-07T15:59:59.999Z", "DUE"],
      ]);
    });

    it("should keep the first deadline when the same step is opened again (a retried intake)", async () => {
      const again = await dataSource.transaction((manager) =>
        openDeadline(manager, config, { subject: { type: "Registration", id: CASE_A }, step: "HANDOVER", rule: STUB_RULES.HANDOVER, startedAt: new Date("2025-03-08T02:00:00.000Z") }),
      );
      expect(again.dueAt.toISOString()).toBe("2025-03-10T04:00:00.000Z");
      expect(await countRows(dataSource, "deadlines")).toBe(3);
    });

    it("should change nothing while every deadline is further than the threshold", async () => {
      expect(changedOf(await pass())).toEqual({ overdue: 0, breaches: 0, dueSoon: 0 });
    });

    it("should move a deadline within the threshold to DUE_SOON", async () => {
      clock.set("2025-03-07T12:00:00.000Z"); // C is due in 3h59m59.999s
      expect(changedOf(await pass())).toEqual({ overdue: 0, breaches: 0, dueSoon: 1 });
      expect((await storedStates(dataSource)).map((row) => row.state)).toEqual(["DUE", "DUE", "DUE_SOON"]);
    });

    it("should mark a deadline past due OVERDUE and record its breach at the due time", async () => {
      clock.set("2025-03-07T16:00:00.000Z"); // Sat 00:00 Taipei
      expect(changedOf(await pass())).toEqual({ overdue: 1, breaches: 1, dueSoon: 0 });
      const breaches = (await dataSource.query(`SELECT "step", "breached_at", "detected_at" FROM "${DEADLINES_TEST_SCHEMA}"."deadline_breaches"`)) as {
        step: string;
        breached_at: Date;
        detected_at: Date;
      }[];
      expect(breaches.map((row) => [row.step, row.breached_at.toISOString(), row.detected_at.toISOString()])).toEqual([
        ["REFERRAL", "2025-03-07T15:59:59.999Z", "2025-03-07T16:00:00.000Z"],
      ]);
    });

    it("should mark each breach once when the pass runs again", async () => {
      expect(changedOf(await pass())).toEqual({ overdue: 0, breaches: 0, dueSoon: 0 });
      expect(await countRows(dataSource, "deadline_breaches")).toBe(1);
    });

    it("should count exactly the threshold before the due time as DUE_SOON", async () => {
      clock.set("2025-03-10T00:00:00.000Z"); // Mon 08:00 Taipei: A is due in exactly 4 h
      expect(changedOf(await pass())).toEqual({ overdue: 0, breaches: 0, dueSoon: 1 });
    });

    it("should meet a step on time and a late step MET_LATE with its breach kept", async () => {
      await dataSource.transaction(async (manager) => {
        const onTime = await meetDeadline(manager, config, { type: "Registration", id: CASE_A }, "HANDOVER", new Date("2025-03-10T03:59:00.000Z"));
        const late = await meetDeadline(manager, config, { type: "CareCase", id: CASE_C }, "REFERRAL", new Date("2025-03-10T01:00:00.000Z"));
        expect([onTime?.state, onTime?.breachedAt]).toEqual([DeadlineState.MET_ON_TIME, null]);
        expect([late?.state, late?.breachedAt?.toISOString()]).toEqual([DeadlineState.MET_LATE, "2025-03-07T15:59:59.999Z"]);
      });
      expect(await countRows(dataSource, "deadline_breaches")).toBe(1);
    });

    it("should keep the first met time when a step is met again (deadlines never refuse data, R2)", async () => {
      const again = await dataSource.transaction((manager) =>
        meetDeadline(manager, config, { type: "Registration", id: CASE_A }, "HANDOVER", new Date("2025-03-12T00:00:00.000Z")),
      );
      expect([again?.state, again?.metAt?.toISOString()]).toEqual([DeadlineState.MET_ON_TIME, "2025-03-10T03:59:00.000Z"]);
    });

    it("should give null, not an error, when a step without a deadline is met", async () => {
      const none = await dataSource.transaction((manager) => meetDeadline(manager, config, { type: "CareCase", id: "no-such-case" }, "HOME_VISIT", clock.now()));
      expect(none).toBeNull();
    });

    it("should breach the last open deadline after its due day and leave met ones alone", async () => {
      clock.set("2025-03-11T00:00:00.000Z");
      expect(changedOf(await pass())).toEqual({ overdue: 1, breaches: 1, dueSoon: 0 });
      expect((await storedStates(dataSource)).map((row) => [row.subject_id, row.state, row.breached_at?.toISOString() ?? null])).toEqual([
        [CASE_A, "MET_ON_TIME", null],
        [CASE_B, "OVERDUE", "2025-03-10T15:59:59.999Z"],
        [CASE_C, "MET_LATE", "2025-03-07T15:59:59.999Z"],
      ]);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(2);
    });

    it("should keep the breach of a step entered late that was done in time (MET_ON_TIME, breachedAt kept)", async () => {
      const met = await dataSource.transaction((manager) => meetDeadline(manager, config, { type: "CareCase", id: CASE_B }, "VISIT_RECORD", new Date("2025-03-10T09:00:00.000Z")));
      expect([met?.state, met?.breachedAt?.toISOString()]).toEqual([DeadlineState.MET_ON_TIME, "2025-03-10T15:59:59.999Z"]);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(2);
    });

    it("should record every pass, newest first, with replica and what it changed", async () => {
      const runs = await querySchedulerRuns(dataSource, DEADLINES_TEST_SCHEMA, { job: "deadline-pass" });
      expect(runs.map((run) => [run.startedAt.toISOString(), run.replica, run.changed])).toEqual([
        ["2025-03-11T00:00:00.000Z", "replica-1", { overdue: 1, breaches: 1, dueSoon: 0 }],
        ["2025-03-10T00:00:00.000Z", "replica-1", { overdue: 0, breaches: 0, dueSoon: 1 }],
        ["2025-03-07T16:00:00.000Z", "replica-1", { overdue: 0, breaches: 0, dueSoon: 0 }],
        ["2025-03-07T16:00:00.000Z", "replica-1", { overdue: 1, breaches: 1, dueSoon: 0 }],
        ["2025-03-07T12:00:00.000Z", "replica-1", { overdue: 0, breaches: 0, dueSoon: 1 }],
        ["2025-03-07T03:00:00.000Z", "replica-1", { overdue: 0, breaches: 0, dueSoon: 0 }],
      ]);
      expect(runs.every((run) => run.durationMs >= 0 && run.finishedAt.getTime() === run.startedAt.getTime() + run.durationMs)).toBe(true);
    });

    it("should refuse a page size out of range with BAD_USER_INPUT", async () => {
      await expect(querySchedulerRuns(dataSource, DEADLINES_TEST_SCHEMA, { first: 0 })).rejects.toBeInstanceOf(GraphQLError);
      const error = await querySchedulerRuns(dataSource, DEADLINES_TEST_SCHEMA, { first: 201 }).catch((caught: unknown) => caught);
      expect(errorCodeOf(error)).toBe("BAD_USER_INPUT");
    });
  });

  describe("reading between passes", () => {
    beforeAll(async () => {
      await resetDeadlines(dataSource);
      clock.set("2025-03-07T03:00:00.000Z");
      await dataSource.transaction((manager) =>
        openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_C }, step: "REFERRAL", rule: STUB_RULES.REFERRAL, startedAt: new Date("2025-03-06T01:00:00.000Z") }),
      );
    });

    it("should show the exact state and breach at read time though no pass ran since", async () => {
      clock.set("2025-03-08T00:00:00.000Z");
      const loader = createDeadlineLoader(dataSource, config, "CareCase");
      const [c, none] = await Promise.all([loader.load(CASE_C), loader.load("case-without-deadlines")]);
      expect(c.map((deadline) => [deadline.step, deadline.state, deadline.breachedAt?.toISOString()])).toEqual([["REFERRAL", "OVERDUE", "2025-03-07T15:59:59.999Z"]]);
      expect(none).toEqual([]);
      expect((await storedStates(dataSource)).map((row) => row.state)).toEqual(["DUE"]);
    });
  });

  describe("a step met late before any pass saw it", () => {
    beforeAll(async () => {
      await resetDeadlines(dataSource);
      clock.set("2025-03-07T03:00:00.000Z");
      await dataSource.transaction((manager) =>
        openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_C }, step: "REFERRAL", rule: STUB_RULES.REFERRAL, startedAt: new Date("2025-03-06T01:00:00.000Z") }),
      );
    });

    it("should write the breach with the MET_LATE and not again in the next pass", async () => {
      clock.set("2025-03-08T02:00:00.000Z");
      await dataSource.transaction((manager) => meetDeadline(manager, config, { type: "CareCase", id: CASE_C }, "REFERRAL", new Date("2025-03-08T01:00:00.000Z")));
      expect(await countRows(dataSource, "deadline_breaches")).toBe(1);
      expect(changedOf(await pass())).toEqual({ overdue: 0, breaches: 0, dueSoon: 0 });
      expect(await countRows(dataSource, "deadline_breaches")).toBe(1);
    });
  });

  describe("a pass that fails mid-way", () => {
    const runs = `"${DEADLINES_TEST_SCHEMA}"."scheduler_runs"`;

    beforeAll(async () => {
      await resetDeadlines(dataSource);
      clock.set("2025-03-07T03:00:00.000Z");
      await dataSource.transaction(async (manager) => {
        for (const id of ["f1", "f2", "f3"]) {
          await openDeadline(manager, config, { subject: { type: "CareCase", id }, step: "REFERRAL", rule: STUB_RULES.REFERRAL, startedAt: new Date("2025-03-06T01:00:00.000Z") });
        }
      });
      // The run record is the pass's last write: failing it comes after the states moved and the breaches were written.
      await dataSource.query(`CREATE FUNCTION "${DEADLINES_TEST_SCHEMA}"."fail_run"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'replica died'; END $$`);
      await dataSource.query(`CREATE TRIGGER "fail_run" BEFORE INSERT ON ${runs} FOR EACH ROW EXECUTE FUNCTION "${DEADLINES_TEST_SCHEMA}"."fail_run"()`);
    });

    afterAll(async () => {
      await dataSource.query(`DROP TRIGGER IF EXISTS "fail_run" ON ${runs}`);
      await dataSource.query(`DROP FUNCTION IF EXISTS "${DEADLINES_TEST_SCHEMA}"."fail_run"()`);
    });

    it("should leave nothing changed, then the next pass completes", async () => {
      clock.set("2025-03-08T00:00:00.000Z");
      await expect(pass()).rejects.toThrow();
      expect((await storedStates(dataSource)).map((row) => row.state)).toEqual(["DUE", "DUE", "DUE"]);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(0);
      expect(await countRows(dataSource, "scheduler_runs")).toBe(0);

      await dataSource.query(`DROP TRIGGER "fail_run" ON ${runs}`);
      expect(changedOf(await pass())).toEqual({ overdue: 3, breaches: 3, dueSoon: 0 });
      expect(await countRows(dataSource, "deadline_breaches")).toBe(3);
      expect(await countRows(dataSource, "scheduler_runs")).toBe(1);
    });
  });

  describe("a calendar change", () => {
    beforeAll(async () => {
      await resetDeadlines(dataSource);
      clock.set("2025-03-07T03:00:00.000Z");
      await dataSource.transaction(async (manager) => {
        // Due Mon 03-10 12:00 Taipei; a closure of Mon 03-10 moves it to Tue.
        await openDeadline(manager, config, { subject: { type: "Registration", id: CASE_A }, step: "HANDOVER", rule: STUB_RULES.HANDOVER, startedAt: new Date("2025-03-07T02:00:00.000Z") });
        // Due the end of Fri 03-07: untouched by a Monday closure.
        await openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_C }, step: "REFERRAL", rule: STUB_RULES.REFERRAL, startedAt: new Date("2025-03-06T01:00:00.000Z") });
        // Already breached before the closure was declared: keeps its due time and breach.
        await openDeadline(manager, config, { subject: { type: "CareCase", id: CASE_B }, step: "VISIT_RECORD", rule: STUB_RULES.VISIT_RECORD, startedAt: new Date("2025-03-03T07:00:00.000Z") });
      });
      await pass();
    });

    it("should move the pending deadlines the closure touches, say which, and keep breaches", async () => {
      clock.set("2025-03-09T22:00:00.000Z"); // Mon 06:00 Taipei, the closure just declared
      const closed: DeadlineConfig = { ...config, computeDue: weekendOnlyCalendarStub(new Set(["2025-03-10"])) };
      const result = await recomputeOpenDeadlines(dataSource, closed, { replicaId: "replica-1" });
      expect(result.moved.map((moved) => [moved.subject.id, moved.step, moved.previousDueAt.toISOString(), moved.dueAt.toISOString()])).toEqual([
        [CASE_A, "HANDOVER", "2025-03-10T04:00:00.000Z", "2025-03-11T04:00:00.000Z"],
      ]);
      expect(result.run.changed).toEqual({ moved: 1, overdue: 1, breaches: 1, dueSoon: 0 });
      expect((await storedStates(dataSource)).map((row) => [row.subject_id, row.state])).toEqual([
        [CASE_A, "DUE"],
        [CASE_B, "OVERDUE"],
        [CASE_C, "OVERDUE"],
      ]);
      expect(await countRows(dataSource, "deadline_breaches")).toBe(2);
    });
  });
});
