import { randomUUID } from "crypto";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { dataSnapshot } from "../support/data-snapshot";
import { acknowledge } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const DATONG = "63000060";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);

/**
 * Issue #9 (A9) on household's own data (D1): a declined 附件1 is closed the day it is taken, and
 * goes after the office's period; a form handed over stays while its case is open in the district
 * (household knows only what the district's closing notice tells it, below); the registration and
 * the persons are the register's.
 */
describe("household's retention", () => {
  let platform: TestPlatform;
  const forms = { declinedOld: "", declinedHeld: "", declinedRecent: "", handedOver: "" };

  async function inquiriesLeft(): Promise<string[]> {
    const { dataSource } = platform.platform.subgraphs.get("household")!.database;
    const rows = (await dataSource.query(`SELECT "id"::text AS "id" FROM "household"."consent_inquiries"`)) as { id: string }[];
    return Object.entries(forms)
      .filter(([, id]) => rows.some((row) => row.id === id))
      .map(([name]) => name)
      .sort();
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 0, seed: "household-retention" });
    const rng = new SeededRandom("household-retention");
    setFakeNow(taipei("2026-11-02T10:00:00"));
    forms.declinedOld = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "DECLINED")).inquiryId;
    forms.declinedHeld = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "DECLINED")).inquiryId;
    forms.handedOver = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "HOME_VISIT")).inquiryId;
    await handOverAndDeliver(platform, ZHONGZHENG, "2026-11-02");
    setFakeNow(taipei("2027-06-30T10:00:00"));
    forms.declinedRecent = (await recordForm(platform, rng, ZHONGZHENG, "2027-06-30", "DECLINED")).inquiryId;
    setFakeNow(taipei("2027-12-01T10:00:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while the office has set no period", async () => {
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let only the office's own clerk set its period, never under a year", async () => {
    const SET = `mutation($org: String!, $months: Int) { setHouseholdRetention(org: $org, periodMonths: $months) { org } }`;
    expect(errorCodes(await platform.query(SET, { ...clerk, variables: { org: ZHONGZHENG, months: 11 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET, { ...clerk, variables: { org: DATONG, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(SET, { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG, variables: { org: ZHONGZHENG, months: 12 } }))).toEqual(["FORBIDDEN"]);
  });

  it("should purge exactly the declined form past the period and not held, keeping the registration", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { placeHouseholdLegalHold(subjectId: $id, reason: "行政救濟中") { id } }`, { ...clerk, variables: { id: forms.declinedHeld } }));
    dataOf(await platform.query(`mutation { setHouseholdRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, clerk));
    const before = await dataSnapshot(platform);

    // A declined form opens no deadline and notifies nobody (A3): the form is all there is.
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { notifications: 0, deadlineBreaches: 0, deadlines: 0, outbox: 0, consentInquiries: 1 },
    });
    expect(await inquiriesLeft()).toEqual(["declinedHeld", "declinedRecent", "handedOver"]);
    const after = await dataSnapshot(platform);
    expect(after["household.registrations"]).toEqual(before["household.registrations"]);
    expect(after["household.persons"]).toEqual(before["household.persons"]);
    expect(errorCodes(await platform.query(`query($id: ID!) { consentInquiry(id: $id) { id } }`, { ...clerk, variables: { id: forms.declinedOld } }))).toEqual(["NOT_FOUND"]);
  });
});

const RECEIVE_CLOSED = `mutation($input: CaseClosedInput!) { receiveCaseClosed(input: $input) { id closedOn } }`;
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

/**
 * Issue #9 (A9, D3): every closing in the district tells household, through the district's outbox,
 * which form's case closed and on which day; household's purge then counts a handed-over form's
 * retention from that day: kept the whole period, gone after it, kept under a legal hold, and
 * nothing while the office has set no period. A form whose case is open stays.
 */
describe("household's retention of handed-over forms after the district's closing notice", () => {
  let platform: TestPlatform;
  const forms = { closed: "", closedHeld: "", open: "" };
  const cases = { closed: "", closedHeld: "", open: "" };

  const householdDb = () => platform.platform.subgraphs.get("household")!.database.dataSource;

  async function formsLeft(): Promise<string[]> {
    const rows = (await householdDb().query(`SELECT "id"::text AS "id" FROM "household"."consent_inquiries"`)) as { id: string }[];
    return Object.entries(forms)
      .filter(([, id]) => rows.some((row) => row.id === id))
      .map(([name]) => name)
      .sort();
  }

  async function rowsOf(table: string, inquiryId: string): Promise<number> {
    const rows = (await householdDb().query(`SELECT count(*)::int AS "n" FROM "household"."${table}" WHERE "subject_type" = 'ConsentInquiry' AND "subject_id" = $1`, [inquiryId])) as {
      n: number;
    }[];
    return Number(rows[0].n);
  }

  /** A7: two days on which nobody was met close the case (TWO_MISSED_VISITS), on the second day. */
  async function missTwice(careCaseId: string): Promise<void> {
    for (const day of ["2026-11-02", "2026-11-03"]) {
      setFakeNow(taipei(`${day}T15:00:00`));
      dataOf(
        await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
          ...officer,
          variables: { input: { careCaseId, attemptedOn: day, mode: "HOME", met: false } },
        }),
      );
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 0, seed: "household-closing-retention" });
    const rng = new SeededRandom("household-closing-retention");
    setFakeNow(taipei("2026-11-02T10:00:00"));
    for (const name of Object.keys(forms) as (keyof typeof forms)[]) {
      forms[name] = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "HOME_VISIT")).inquiryId;
    }
    await handOverAndDeliver(platform, ZHONGZHENG, "2026-11-02");
    for (const name of Object.keys(forms) as (keyof typeof forms)[]) {
      cases[name] = await caseOfForm(platform, ZHONGZHENG, forms[name]);
    }
    await acknowledge(platform, ZHONGZHENG, cases.closed);
    await missTwice(cases.closed);
    await missTwice(cases.closedHeld);
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should deliver each closing to the form it came from, through the district's outbox", async () => {
    const closedOn = async (): Promise<Record<string, string | null>> => {
      const rows = (await householdDb().query(`SELECT "id"::text AS "id", "case_closed_on"::text AS "on" FROM "household"."consent_inquiries" WHERE "id" = ANY($1::uuid[])`, [
        Object.values(forms),
      ])) as { id: string; on: string | null }[];
      return Object.fromEntries(Object.entries(forms).map(([name, id]) => [name, rows.find((row) => row.id === id)?.on ?? null]));
    };
    expect(await closedOn()).toEqual({ closed: null, closedHeld: null, open: null });
    expect(await platform.runJob("district", "outbox-dispatch")).toEqual({ delivered: 2, retried: 0, parked: 0 });
    expect(await closedOn()).toEqual({ closed: "2026-11-03", closedHeld: "2026-11-03", open: null });
  });

  it("should refuse the intake on a user's own token, writing nothing", async () => {
    const before = await dataSnapshot(platform);
    const input = { clientKey: "user-token-closing", consentInquiryId: forms.open, careCaseId: cases.open, closedOn: "2026-11-03", closure: "NO_FURTHER_NEED" };
    expect(errorCodes(await platform.query(RECEIVE_CLOSED, { ...officer, variables: { input } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(RECEIVE_CLOSED, { ...clerk, variables: { input } }))).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should answer a repeated notice with the same form and change nothing, and an unknown form with NOT_FOUND", async () => {
    const district = platform.platform.subgraphs.get("district")!.database.dataSource;
    const [row] = (await district.query(`SELECT "payload" FROM "district"."outbox" WHERE "kind" = 'case-closed' AND "payload" -> 'input' ->> 'careCaseId' = $1`, [cases.closed])) as {
      payload: { input: Record<string, unknown> };
    }[];
    const before = await dataSnapshot(platform);
    const repeat = await platform.query<{ receiveCaseClosed: { id: string; closedOn: string } }>(RECEIVE_CLOSED, { ...officer, through: "district", variables: { input: row.payload.input } });
    expect(dataOf(repeat).receiveCaseClosed).toEqual({ id: forms.closed, closedOn: "2026-11-03" });
    const unknown = { ...row.payload.input, clientKey: "closing-of-nothing", consentInquiryId: randomUUID() };
    expect(errorCodes(await platform.query(RECEIVE_CLOSED, { ...officer, through: "district", variables: { input: unknown } }))).toEqual(["NOT_FOUND"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should purge nothing while the office has set no period, however old the closing", async () => {
    setFakeNow(taipei("2028-06-01T10:00:00"));
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should keep a closed case's form the whole 12 months after its closing, and purge it after, unless held", async () => {
    setFakeNow(taipei("2027-11-03T10:00:00"));
    dataOf(await platform.query(`mutation($id: ID!) { placeHouseholdLegalHold(subjectId: $id, reason: "訴訟中") { id } }`, { ...clerk, variables: { id: forms.closedHeld } }));
    dataOf(await platform.query(`mutation { setHouseholdRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, clerk));

    // Closed on 2026-11-03: on 2027-11-03 the 12 months have only just run.
    const kept = await dataSnapshot(platform);
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(kept);

    setFakeNow(taipei("2027-11-04T10:00:00"));
    const deadlines = await rowsOf("deadlines", forms.closed);
    const notifications = await rowsOf("notifications", forms.closed);
    expect(deadlines).toBeGreaterThan(0);
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { notifications, deadlineBreaches: 0, deadlines, outbox: 0, consentInquiries: 1 },
    });
    expect(await formsLeft()).toEqual(["closedHeld", "open"]);
    expect(await rowsOf("deadlines", forms.closed)).toBe(0);
    const after = await dataSnapshot(platform);
    expect(after["household.registrations"]).toEqual(before["household.registrations"]);
    expect(after["household.persons"]).toEqual(before["household.persons"]);
    expect(errorCodes(await platform.query(`query($id: ID!) { consentInquiry(id: $id) { id } }`, { ...clerk, variables: { id: forms.closed } }))).toEqual(["NOT_FOUND"]);
  });
});
