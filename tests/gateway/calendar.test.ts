import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { CITY_ORG, Role, ROLES } from "../../shared/auth/roles";
import { calendarComputeDue } from "../../shared/calendar/closures/compute-due";
import { DEFAULT_DUE_SOON_WITHIN_MS } from "../../shared/calendar/closures/kit";
import { processCalendar } from "../../shared/calendar/process-calendar";
import { now, setFakeNow } from "../../shared/clock";
import { openDeadline } from "../../shared/deadlines/lifecycle";
import { deadlinesMigrationQueries } from "../../shared/deadlines/migration";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/** Wednesday 2016-07-06, 10:00 in Taipei: the day before the typhoon day the test declares. */
const WEDNESDAY_10_AM = new Date("2016-07-06T02:00:00.000Z");
/** Thursday 2016-07-07 (a working day in the published 105年 calendar) closed for a typhoon. */
const TYPHOON_DAY = "2016-07-07";
/** A4's 12:00 on the next working day after Wednesday: Thursday noon, then Friday noon once Thursday is closed. */
const THURSDAY_NOON = "2016-07-07T04:00:00.000Z";
const FRIDAY_NOON = "2016-07-08T04:00:00.000Z";

const DECLARE = `mutation($input: DeclareOfficeClosureInput!) { declareOfficeClosure(input: $input) { id date scope reason declaredVersion withdrawnAt } }`;
const WITHDRAW = `mutation($date: LocalDate!) { withdrawOfficeClosure(date: $date) { date withdrawnAt } }`;
const CALENDAR = `query($year: Int!) { officeCalendar(year: $year) { year version days { date working note closure } closures { date reason withdrawnAt } } }`;
const RECEIVE_DIRECTLY = `mutation($input: OfficeClosureNotice!) { receiveDistrictOfficeClosure(input: $input) { id } }`;

interface CalendarYear {
  officeCalendar: {
    year: number;
    version: number;
    days: { date: string; working: boolean; note: string; closure: string | null }[];
    closures: { date: string; reason: string; withdrawnAt: string | null }[];
  } | null;
}

/**
 * Issue #8 through the gateway: 人事處's CALENDAR_ADMIN declares a closure, the calendar subgraph's
 * outbox pass delivers it to every deadline-owning agency (D3), and district's open deadline due at
 * 12:00 on the closed day moves to 12:00 on the next working day (A4, R2).
 */
describe("the office calendar's closures", () => {
  let platform: TestPlatform;
  let district: DataSource;
  let household: DataSource;
  let calendar: DataSource;
  const subjectId = randomUUID();

  const asAdmin = { role: Role.CALENDAR_ADMIN, org: CITY_ORG };

  async function districtDueAt(): Promise<string> {
    const rows = (await district.query(`SELECT "due_at" FROM "district"."deadlines" WHERE "subject_id" = $1`, [subjectId])) as { due_at: Date }[];
    return new Date(rows[0].due_at).toISOString();
  }

  async function storedCopies(dataSource: DataSource, schema: string): Promise<number> {
    const rows = (await dataSource.query(`SELECT count(*)::int AS "count" FROM "${schema}"."office_closures"`)) as { count: number }[];
    return rows[0].count;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10 });
    const dataSourceOf = (name: string): DataSource => {
      const subgraph = platform.platform.subgraphs.get(name);
      if (subgraph === undefined) {
        throw new Error(`No subgraph ${name}`);
      }
      return subgraph.database.dataSource;
    };
    district = dataSourceOf("district");
    household = dataSourceOf("household");
    calendar = dataSourceOf("calendar");
    setFakeNow(WEDNESDAY_10_AM);
    // Until district's own migrations carry shared/deadlines' tables, the test adds them as that migration would.
    const [present] = (await district.query(`SELECT to_regclass('"district"."deadlines"') IS NOT NULL AS "present"`)) as { present: boolean }[];
    if (!present.present) {
      for (const sql of deadlinesMigrationQueries("district")) {
        await district.query(sql);
      }
    }
    await district.transaction((manager) =>
      openDeadline(
        manager,
        { schema: "district", now, dueSoonWithinMs: DEFAULT_DUE_SOON_WITHIN_MS, computeDue: calendarComputeDue(processCalendar) },
        { subject: { type: "CareCase", id: subjectId }, step: "HANDOVER", rule: { kind: "noonNextWorkingDay" }, startedAt: WEDNESDAY_10_AM },
      ),
    );
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should refuse a declaration by anyone but the calendar admin, writing nothing", async () => {
    const response = await platform.query(DECLARE, { role: Role.DISTRICT_CASE_OFFICER, variables: { input: { date: TYPHOON_DAY, reason: "颱風停止上班" } } });

    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(await storedCopies(calendar, "calendar")).toBe(0);
  });

  it("should refuse a date the calendar cannot count on, and a blank reason", async () => {
    const unloaded = await platform.query(DECLARE, { ...asAdmin, variables: { input: { date: "2020-07-07", reason: "颱風停止上班" } } });
    const blank = await platform.query(DECLARE, { ...asAdmin, variables: { input: { date: TYPHOON_DAY, reason: "  " } } });

    expect(errorCodes(unloaded)).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(await storedCopies(calendar, "calendar")).toBe(0);
  });

  it("should move district's deadline due at noon on the closed day to noon on the next working day once the outbox pass delivers", async () => {
    expect(await districtDueAt()).toBe(THURSDAY_NOON);

    const declared = await platform.query<{ declareOfficeClosure: Record<string, unknown> }>(DECLARE, {
      ...asAdmin,
      variables: { input: { date: TYPHOON_DAY, reason: "颱風停止上班" } },
    });
    expect(declared.errors).toBeUndefined();
    expect(declared.data?.declareOfficeClosure).toMatchObject({ date: TYPHOON_DAY, scope: "CITY", reason: "颱風停止上班", declaredVersion: 2, withdrawnAt: null });
    // Not moved before delivery: district learns of the closure only through its intake (D1, D3).
    expect(await districtDueAt()).toBe(THURSDAY_NOON);

    // One hand-off per deadline-owning agency of the registry: household, district and the police (issue #12).
    expect(await platform.runJob("calendar", "outbox")).toEqual({ delivered: 3, retried: 0, parked: 0 });

    expect(await districtDueAt()).toBe(FRIDAY_NOON);
    expect(await storedCopies(district, "district")).toBe(1);
    expect(await storedCopies(household, "household")).toBe(1);
  });

  it("should store a repeated delivery once and answer it with the same copy", async () => {
    const [row] = (await calendar.query(
      `SELECT "id"::text AS "id", "acknowledged_id" FROM "calendar"."outbox" WHERE "target" = 'ReceiveDistrictOfficeClosure'`,
    )) as { id: string; acknowledged_id: string }[];
    // As after a crash between district's store and the owner's mark: the row is due again.
    await calendar.query(`UPDATE "calendar"."outbox" SET "delivered_at" = NULL, "acknowledged_id" = NULL, "next_attempt_at" = '2000-01-01T00:00:00Z' WHERE "id" = $1`, [row.id]);

    expect(await platform.runJob("calendar", "outbox")).toEqual({ delivered: 1, retried: 0, parked: 0 });

    const [again] = (await calendar.query(`SELECT "acknowledged_id" FROM "calendar"."outbox" WHERE "id" = $1`, [row.id])) as { acknowledged_id: string }[];
    expect(again.acknowledged_id).toBe(row.acknowledged_id);
    expect(await storedCopies(district, "district")).toBe(1);
    expect(await districtDueAt()).toBe(FRIDAY_NOON);
  });

  it("should refuse a user's own token on an agency's closure intake, even the calendar admin's", async () => {
    const input = { clientKey: `direct-${randomUUID()}`, date: "2016-07-08", action: "DECLARED", scope: "CITY", reason: "颱風停止上班", announcedAt: WEDNESDAY_10_AM.toISOString(), version: 9 };

    const admin = await platform.query(RECEIVE_DIRECTLY, { ...asAdmin, variables: { input } });
    const officer = await platform.query(RECEIVE_DIRECTLY, { role: Role.DISTRICT_CASE_OFFICER, variables: { input } });

    expect(errorCodes(admin)).toEqual(["FORBIDDEN"]);
    expect(errorCodes(officer)).toEqual(["FORBIDDEN"]);
    expect(await storedCopies(district, "district")).toBe(1);
    expect(await districtDueAt()).toBe(FRIDAY_NOON);
  });

  it("should refuse a second closure of a closed date", async () => {
    const response = await platform.query(DECLARE, { ...asAdmin, variables: { input: { date: TYPHOON_DAY, reason: "颱風停止上班" } } });

    expect(errorCodes(response)).toEqual(["CONFLICT"]);
  });

  it.each(ROLES)("should show the closure to %s reading the calendar", async (role) => {
    const response = await platform.query<CalendarYear>(CALENDAR, { role, variables: { year: 2016 } });

    expect(response.errors).toBeUndefined();
    const year = response.data?.officeCalendar;
    expect(year?.version).toBe(2);
    expect(year?.days).toHaveLength(366);
    expect(year?.days.find((day) => day.date === TYPHOON_DAY)).toEqual({ date: TYPHOON_DAY, working: false, note: "", closure: "颱風停止上班" });
    expect(year?.days.find((day) => day.date === "2016-07-08")).toEqual({ date: "2016-07-08", working: true, note: "", closure: null });
    expect(year?.closures).toEqual([{ date: TYPHOON_DAY, reason: "颱風停止上班", withdrawnAt: null }]);
  });

  it("should move the deadline back when the closure is withdrawn and delivered", async () => {
    const withdrawn = await platform.query<{ withdrawOfficeClosure: { date: string; withdrawnAt: string | null } }>(WITHDRAW, { ...asAdmin, variables: { date: TYPHOON_DAY } });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawOfficeClosure.withdrawnAt).toBe(WEDNESDAY_10_AM.toISOString());

    expect(await platform.runJob("calendar", "outbox")).toEqual({ delivered: 3, retried: 0, parked: 0 });

    expect(await districtDueAt()).toBe(THURSDAY_NOON);
    const none = await platform.query(WITHDRAW, { ...asAdmin, variables: { date: TYPHOON_DAY } });
    expect(errorCodes(none)).toEqual(["NOT_FOUND"]);
  });
});
