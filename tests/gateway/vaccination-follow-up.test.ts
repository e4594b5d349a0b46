import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { setEnv } from "../support/env";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

jest.setTimeout(240_000);

const ZHONGZHENG = "63000050";
const DAAN = "63000030";
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const daanNurse = { role: Role.HEALTH_NURSE, org: DAAN };
const CDC_JOB = "feed:cdc-overdue-vaccination";

/**
 * The CDC's delivery of 2026-12-01 (docs/feeds/cdc-overdue-vaccination.md), written by hand:
 * 1–2 one child of 中正區 with two overdue doses (one follow-up), 3 a child of 8 (R7: OVER_AGE),
 * 4 a wrong check digit (skipped), 5 a child of 大安區 (that centre's).
 */
const HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,household_address,mother_name,mother_id_number,vaccine,dose,due_date,window_start,window_end,cdc_recorded_on";
const LINES = [
  "CDC-0001,A123456789,王小明,M,2023-03-15,63000050,臺北市中正區文北里5鄰重慶南路一段10巷3弄12號4樓,王美麗,A223456781,MMR,1,2024-03-15,2026-09-10,2027-03-09,2026-11-30",
  "CDC-0002,A123456789,王小明,M,2023-03-15,63000050,臺北市中正區文北里5鄰重慶南路一段10巷3弄12號4樓,王美麗,A223456781,VAR,1,2024-03-15,2026-09-10,2027-03-09,2026-11-30",
  "CDC-0003,A111111113,陳大文,M,2018-05-01,63000050,臺北市中正區文北里1鄰羅斯福路一段1號,,,DTaP-IPV,1,2023-05-01,2026-09-10,2027-03-09,2026-11-30",
  "CDC-0004,A111111114,林小華,M,2024-01-01,63000050,臺北市中正區文北里2鄰汀州路二段3號,,,HepA,1,2025-01-01,2026-09-10,2027-03-09,2026-11-30",
  'CDC-0005,A212121213,張小雨,F,2022-08-08,63000030,"臺北市大安區龍坡里3鄰和平東路二段5號",,,JE,2,2024-11-08,2026-10-01,2027-03-31,2026-11-30',
];

const FOLLOW_UP = `id idNumber name windowStart windowEnd cdcRecordedOn screenedOn status outcome referralCondition referredOn noticeKey
  doses { cdcRowId vaccine dose dueOn } reminders { remindedOn mode twoWay reached } catchUpRule { remindersInWindow twoWayContacts holds }
  deadlines { step dueAt state }`;

interface FollowUpView {
  id: string;
  idNumber: string;
  windowStart: string;
  windowEnd: string;
  screenedOn: string;
  status: string;
  outcome: string | null;
  referralCondition: string | null;
  referredOn: string | null;
  noticeKey: string | null;
  doses: { cdcRowId: string; vaccine: string }[];
  catchUpRule: { remindersInWindow: number; twoWayContacts: number; holds: boolean };
  deadlines: { step: string; dueAt: string; state: string }[];
}

describe("B4: the CDC's overdue children, the health centre's reminders and the referral to social (issue #12)", () => {
  let platform: TestPlatform;
  let directory: string;
  let restoreEnv: () => void;

  beforeAll(async () => {
    // 10:00 Taipei on the delivery day.
    setFakeNow(new Date("2026-12-01T02:00:00Z"));
    directory = mkdtempSync(join(tmpdir(), "cdc-feed-"));
    writeFileSync(join(directory, "cdc-overdue-20261201.csv"), `${HEADER}\r\n${LINES.join("\r\n")}\r\n`, "utf8");
    restoreEnv = setEnv({ FEED_CDC_OVERDUE_VACCINATION_DIRECTORY: directory, FEED_CDC_OVERDUE_VACCINATION_SCHEDULE: "daily" });
    platform = await startTestPlatform({ persons: 4 });
  });

  afterAll(async () => {
    await platform?.stop();
    restoreEnv();
    setFakeNow(null);
    rmSync(directory, { recursive: true, force: true });
  });

  const followUps = async (caller: { role: Role; org: string }): Promise<FollowUpView[]> =>
    dataOf(await platform.query<{ vaccinationFollowUps: FollowUpView[] }>(`{ vaccinationFollowUps { ${FOLLOW_UP} } }`, caller)).vaccinationFollowUps;

  it("should take the day's file once: a follow-up per child, R7's over-age child and the malformed line skipped with their reasons and counted", async () => {
    const report = (await platform.runJob("health", CDC_JOB)) as { status: string; taken: number; skipped: Record<string, number> };
    expect(report).toMatchObject({ status: "SUCCEEDED", taken: 3, skipped: { OVER_AGE: 1, MALFORMED_ID_NUMBER: 1 } });
    // Daily (R1): the same day's next pass does not run it again.
    expect(await platform.runJob("health", CDC_JOB)).toMatchObject({ status: "ALREADY_RAN", date: "2026-12-01" });

    const runs = dataOf(
      await platform.query<{ healthFeedRuns: { feed: string; status: string; scheduledFor: string; taken: number; skipped: { reason: string; count: number }[]; rowsDone: number; rowsTotal: number; watermarkAfter: string }[] }>(
        `{ healthFeedRuns(feed: "cdc-overdue-vaccination") { feed status scheduledFor taken skipped { reason count } rowsDone rowsTotal watermarkAfter } }`,
        nurse,
      ),
    ).healthFeedRuns.map((run) => ({ ...run, watermarkAfter: JSON.parse(run.watermarkAfter) as unknown }));
    expect(runs).toEqual([
      {
        feed: "cdc-overdue-vaccination",
        status: "SUCCEEDED",
        scheduledFor: "2026-12-01",
        taken: 3,
        skipped: [{ reason: "MALFORMED_ID_NUMBER", count: 1 }, { reason: "OVER_AGE", count: 1 }],
        rowsDone: 5,
        rowsTotal: 5,
        watermarkAfter: { file: "cdc-overdue-20261201.csv", row: 5, of: 5 },
      },
    ]);

    const [child, ...others] = await followUps(nurse);
    expect(others).toEqual([]);
    expect(child).toMatchObject({
      // A nurse never reads an ID number in full (the notice to social carries it, below).
      idNumber: "A12****789",
      // B4: the CDC's own window, as given (its end is not the calendar's six months).
      windowStart: "2026-09-10",
      windowEnd: "2027-03-09",
      screenedOn: "2026-12-01",
      status: "OPEN",
      doses: [{ cdcRowId: "CDC-0001", vaccine: "MMR" }, { cdcRowId: "CDC-0002", vaccine: "VAR" }],
      catchUpRule: { remindersInWindow: 0, twoWayContacts: 0, holds: false },
      // R2: six months from 2026-09-10 (start day not counted) end on 2027-03-10, a Wednesday: 23:59:59.999 Taipei.
      deadlines: [{ step: "VACCINATION_CATCH_UP", dueAt: "2027-03-10T15:59:59.999Z", state: "DUE" }],
    });
    expect((await followUps(daanNurse)).map((followUp) => followUp.idNumber)).toEqual(["A21****213"]);
  });

  it("should refer to social under (c) after three reminders with one two-way contact, refusal and refusal to sign: one outbox row with the notice", async () => {
    const [child] = await followUps(nurse);
    const remind = (remindedOn: string, mode: string, twoWay: boolean, reached: string | null) =>
      platform.query<{ recordVaccinationReminder: FollowUpView }>(
        `mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { ${FOLLOW_UP} } }`,
        { ...nurse, variables: { input: { followUpId: child.id, remindedOn, mode, twoWay, reached } } },
      );
    // A letter is never two-way; a two-way contact names whom it reached.
    expect(errorCodes(await remind("2026-09-15", "LETTER", true, "PARENT"))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await remind("2026-09-15", "PHONE", true, null))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await remind("2026-12-02", "SMS", false, null))).toEqual(["BAD_USER_INPUT"]);
    // Another centre's nurse cannot write on it.
    expect(errorCodes(await platform.query(`mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { id } }`, {
      ...daanNurse, variables: { input: { followUpId: child.id, remindedOn: "2026-09-15", mode: "SMS", twoWay: false } },
    }))).toEqual(["FORBIDDEN"]);

    dataOf(await remind("2026-09-15", "LETTER", false, null));
    const second = dataOf(await remind("2026-10-15", "SMS", false, null)).recordVaccinationReminder;
    expect(second.catchUpRule).toEqual({ remindersInWindow: 2, twoWayContacts: 0, holds: false });
    const third = dataOf(await remind("2026-11-20", "HOME_VISIT", true, "PARENT")).recordVaccinationReminder;
    expect(third.catchUpRule).toEqual({ remindersInWindow: 3, twoWayContacts: 1, holds: true });
    expect(third.deadlines).toEqual([{ step: "VACCINATION_CATCH_UP", dueAt: "2027-03-10T15:59:59.999Z", state: "MET_ON_TIME" }]);

    const refer = (condition: string) =>
      platform.query<{ referVaccinationFollowUpToSocial: FollowUpView }>(
        `mutation($id: ID!, $condition: VaccinationReferralCondition!) { referVaccinationFollowUpToSocial(id: $id, condition: $condition) { ${FOLLOW_UP} } }`,
        { ...nurse, variables: { id: child.id, condition } },
      );
    // (c) needs the refusal and the refusal to sign on record first.
    expect(errorCodes(await refer("C_REFUSED_AND_NOT_SIGNED"))).toEqual(["CONFLICT"]);
    dataOf(
      await platform.query(`mutation($input: VaccinationOutcomeInput!) { recordVaccinationOutcome(input: $input) { id } }`, {
        ...nurse,
        variables: { input: { followUpId: child.id, outcome: "REFUSED_NOT_SIGNED", outcomeOn: "2026-11-20" } },
      }),
    );
    const referred = dataOf(await refer("C_REFUSED_AND_NOT_SIGNED")).referVaccinationFollowUpToSocial;
    expect(referred).toMatchObject({ status: "REFERRED", outcome: "REFUSED_NOT_SIGNED", referralCondition: "C_REFUSED_AND_NOT_SIGNED", referredOn: "2026-12-01" });
    // Once referred, it is no longer open.
    expect(errorCodes(await refer("A_PROTECTION_CONCERN"))).toEqual(["CONFLICT"]);
    expect(errorCodes(await remind("2026-11-25", "PHONE", true, "GRANDPARENT"))).toEqual(["CONFLICT"]);

    const health = platform.platform.subgraphs.get("health");
    const rows = (await health?.database.dataSource.query(`SELECT "id"::text AS "id", "kind", "target", "payload", "actor" FROM "health"."outbox" WHERE "kind" = 'child-care-notice'`)) as {
      id: string;
      kind: string;
      target: string;
      payload: { input: Record<string, unknown> };
      actor: { role: string; org: string };
    }[];
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row.id).toBe(referred.noticeKey);
    expect(row.target).toBe("ReceiveChildCareNotice");
    expect(row.actor).toMatchObject({ role: "HEALTH_NURSE", org: ZHONGZHENG });
    // docs/programme-b.md: social's receiveChildCareNotice, category 3, the CDC's window as given.
    expect(row.payload.input).toEqual({
      clientKey: row.id,
      category: "OVERDUE_VACCINATION",
      idNumber: "A123456789",
      name: "王小明",
      birthDate: "2023-03-15",
      sex: "MALE",
      motherName: "王美麗",
      motherIdNumber: "A223456781",
      householdDistrict: ZHONGZHENG,
      noticedOn: "2026-12-01",
      vaccinationWindowStart: "2026-09-10",
      vaccinationWindowEnd: "2027-03-09",
      vaccinationReferralCondition: "C_REFUSED_AND_NOT_SIGNED",
      vaccinationFollowUpId: child.id,
    });
    // D3: health's outbox delivers it to social's intake, where 中正區's care point holds the child's case (category 3).
    await platform.runJob("health", "outbox-dispatch");
    const [delivered] = (await health?.database.dataSource.query(`SELECT "acknowledged_id" FROM "health"."outbox" WHERE "id" = $1`, [row.id])) as { acknowledged_id: string | null }[];
    expect(delivered.acknowledged_id).not.toBeNull();
    const { childCareCases } = dataOf(
      await platform.query<{ childCareCases: { childName: string; categories: string[] }[] }>(`{ childCareCases { childName categories } }`, { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" }),
    );
    expect(childCareCases).toEqual([{ childName: "王小明", categories: ["OVERDUE_VACCINATION"] }]);
  });

  it("should refer under (a) at once, before any reminder, and refuse (d) without the finding on record", async () => {
    const [child] = await followUps(daanNurse);
    const refer = (condition: string) =>
      platform.query(`mutation($id: ID!, $condition: VaccinationReferralCondition!) { referVaccinationFollowUpToSocial(id: $id, condition: $condition) { status deadlines { state } } }`, {
        ...daanNurse,
        variables: { id: child.id, condition },
      });
    expect(errorCodes(await refer("D_NOT_FOUND"))).toEqual(["CONFLICT"]);
    expect(dataOf(await refer("A_PROTECTION_CONCERN"))).toEqual({ referVaccinationFollowUpToSocial: { status: "REFERRED", deadlines: [{ state: "NO_LONGER_DUE" }] } });
  });

  it("should show follow-ups and feed runs to health nurses only", async () => {
    for (const role of [Role.DISTRICT_CASE_OFFICER, Role.SOCIAL_WORKER, Role.CIVIL_AFFAIRS_ANALYST, Role.AUDITOR]) {
      expect(errorCodes(await platform.query(`{ vaccinationFollowUps { id } }`, { role, org: ZHONGZHENG }))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await platform.query(`{ healthFeedRuns { id } }`, { role, org: ZHONGZHENG }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await platform.query(`{ vaccinationFollowUp(id: "not-a-uuid") { id } }`, nurse))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should take nothing on the next day when no new file came, and say so", async () => {
    setFakeNow(new Date("2026-12-02T02:00:00Z"));
    expect(await platform.runJob("health", CDC_JOB)).toMatchObject({ status: "SUCCEEDED", taken: 0, skipped: {}, rowsDone: 0 });
  });
});
