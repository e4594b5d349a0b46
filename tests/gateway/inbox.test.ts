import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { acknowledge, assign, clearDistrictCases, handOver, inboxQuery, InboxPage, readInbox, visitMet } from "../support/district-work";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #8: each role's district inbox through the gateway holds exactly its work, sorted by due
 * time then id, paged by keyset, with counts per state; 中正區 sees nothing of 士林區; a 里幹事 only
 * their villages' cases; 民政局 only overdue steps, city-wide. Expected items are written by hand
 * from the steps each case was taken through.
 */
describe("the district inbox", () => {
  const ZHONGZHENG = "63000050";
  const SHILIN = "63000110";
  // A6 (R2): a visit on Monday 11-02 is recorded by the end of Wednesday 11-04 (Taipei), on Tuesday 11-03 by Thursday 11-05.
  const DUE_MONDAY_VISIT = "2026-11-04T15:59:59.999Z";
  const DUE_TUESDAY_VISIT = "2026-11-05T15:59:59.999Z";
  const INBOX = inboxQuery({ page: "counts { state count }" });
  type Page = InboxPage & { counts: { state: string; count: number }[] };

  let platform: TestPlatform;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "inbox" });
    await clearDistrictCases(platform);
    setFakeNow(new Date("2026-11-02T09:00:00+08:00"));
    // 中正區: one per step of 人文課's and the 里幹事's work.
    cases.toAcknowledge = await handOver(platform, ZHONGZHENG, "文北里");
    cases.toAssign = await handOver(platform, ZHONGZHENG, "幸福里");
    await acknowledge(platform, ZHONGZHENG, cases.toAssign);
    cases.toVisit = await handOver(platform, ZHONGZHENG, "幸福里");
    await acknowledge(platform, ZHONGZHENG, cases.toVisit);
    await assign(platform, ZHONGZHENG, cases.toVisit, "vo-xingfu");
    cases.recordMonday = await handOver(platform, ZHONGZHENG, "文北里");
    await acknowledge(platform, ZHONGZHENG, cases.recordMonday);
    await assign(platform, ZHONGZHENG, cases.recordMonday, "vo-wenbei");
    await visitMet(platform, ZHONGZHENG, "文北里", cases.recordMonday);
    cases.recordTuesday = await handOver(platform, ZHONGZHENG, "文北里");
    await acknowledge(platform, ZHONGZHENG, cases.recordTuesday);
    await assign(platform, ZHONGZHENG, cases.recordTuesday, "vo-wenbei");
    // 士林區: the same kinds of work, which 中正區 must never see.
    cases.shilinToAcknowledge = await handOver(platform, SHILIN, "福林里");
    cases.shilinRecord = await handOver(platform, SHILIN, "福林里");
    await acknowledge(platform, SHILIN, cases.shilinRecord);
    await assign(platform, SHILIN, cases.shilinRecord, "vo-fulin");
    await visitMet(platform, SHILIN, "福林里", cases.shilinRecord);
    setFakeNow(new Date("2026-11-03T09:00:00+08:00"));
    await visitMet(platform, ZHONGZHENG, "文北里", cases.recordTuesday);
    setFakeNow(new Date("2026-11-03T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function inbox(options: Parameters<TestPlatform["query"]>[1], variables: Record<string, unknown> = {}): Promise<Page> {
    return readInbox<Page>(platform, INBOX, options, variables);
  }

  const recordDue = (careCaseId: string, dueAt: string, state = "DUE") => ({
    id: `VISIT_RECORD_DUE:${careCaseId}`,
    kind: "VISIT_RECORD_DUE",
    step: "VISIT_RECORD",
    subjectType: "CareCase",
    subjectId: careCaseId,
    dueAt,
    state,
    careCase: { id: careCaseId },
  });
  // Issue #8: a case that arrives by ledger carries its ACKNOWLEDGEMENT (noon next working day) and
  // HOME_VISIT (A2: within 7 days of the 11-02 application) deadlines, which take over from the
  // status work ACKNOWLEDGE_HANDOVER and VISIT (district-inbox.source.ts, SUPERSEDED_BY).
  const ACKNOWLEDGE_BY = "2026-11-03T04:00:00.000Z";
  const VISIT_BY = "2026-11-09T15:59:59.999Z";
  const stepDue = (step: string, careCaseId: string, dueAt: string, state = "DUE") => ({
    id: `${step}_DUE:${careCaseId}`,
    kind: `${step}_DUE`,
    step,
    subjectType: "CareCase",
    subjectId: careCaseId,
    dueAt,
    state,
    careCase: { id: careCaseId },
  });
  const visitsDue = (...careCaseIds: string[]) => [...careCaseIds].sort().map((id) => stepDue("HOME_VISIT", id, VISIT_BY));
  const work = (kind: string, careCaseId: string) => ({
    id: `${kind}:${careCaseId}`,
    kind,
    step: null,
    subjectType: "CareCase",
    subjectId: careCaseId,
    dueAt: null,
    state: "OPEN",
    careCase: { id: careCaseId },
  });
  const counts = (due: number, dueSoon: number, overdue: number, open: number) => [
    { state: "DUE", count: due },
    { state: "DUE_SOON", count: dueSoon },
    { state: "OVERDUE", count: overdue },
    { state: "OPEN", count: open },
  ];

  it("should give 中正區's 人文課 its steps due by due time, then the cases to assign, and nothing of 士林區", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG });
    expect(page.items).toEqual([
      // Received Monday 09:00: acknowledged by Tuesday 12:00, two hours away (DUE_SOON).
      stepDue("ACKNOWLEDGEMENT", cases.toAcknowledge, ACKNOWLEDGE_BY, "DUE_SOON"),
      recordDue(cases.recordMonday, DUE_MONDAY_VISIT),
      recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT),
      // The visits not made yet, by id; then the undated work.
      ...visitsDue(cases.toAcknowledge, cases.toAssign, cases.toVisit),
      work("ASSIGN_VILLAGE_OFFICER", cases.toAssign),
    ]);
    expect(page.counts).toEqual(counts(5, 1, 0, 1));
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it("should give 士林區's 人文課 its own work only", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: SHILIN });
    expect(page.items).toEqual([
      stepDue("ACKNOWLEDGEMENT", cases.shilinToAcknowledge, ACKNOWLEDGE_BY, "DUE_SOON"),
      recordDue(cases.shilinRecord, DUE_MONDAY_VISIT),
      ...visitsDue(cases.shilinToAcknowledge),
    ]);
    expect(page.counts).toEqual(counts(2, 1, 0, 0));
  });

  it("should give a 里幹事 the records and visits due of their villages only", async () => {
    const wenbei = await inbox({ token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-wenbei", ["文北里"]) });
    expect(wenbei.items).toEqual([recordDue(cases.recordMonday, DUE_MONDAY_VISIT), recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT), ...visitsDue(cases.toAcknowledge)]);
    const xingfu = await inbox({ token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-xingfu", ["幸福里"]) });
    // The visit steps of 幸福里 (A2's window); not the assignment, which is 人文課's work.
    expect(xingfu.items).toEqual(visitsDue(cases.toAssign, cases.toVisit));
    expect(xingfu.counts).toEqual(counts(2, 0, 0, 0));
  });

  it("should page the inbox by keyset, one item a page, in the same order and without repeats", async () => {
    const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
    const all = (await inbox(officer)).items.map((item) => item.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 7; page += 1) {
      const result = await inbox(officer, { first: 1, after });
      expect(result.items.length).toBe(1);
      expect(result.totalCount).toBe(7);
      seen.push(result.items[0].id);
      expect(result.pageInfo.hasNextPage).toBe(page < 6);
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(7);
    const past = await inbox(officer, { first: 1, after });
    expect(past.items).toEqual([]);
  });

  it("should filter by state and still count every state", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG }, { states: ["OPEN"] });
    expect(page.items.map((item) => item.kind)).toEqual(["ASSIGN_VILLAGE_OFFICER"]);
    expect(page.totalCount).toBe(1);
    expect(page.counts).toEqual(counts(5, 1, 0, 1));
  });

  it("should move steps from due to due soon to overdue with the clock, and show 民政局 the overdue steps of every district only", async () => {
    const civilAffairs = { role: Role.CIVIL_AFFAIRS_OFFICER };
    expect((await inbox(civilAffairs)).items).toEqual([]);
    // Wednesday 20:00 Taipei: Monday's visits are due within 4 hours.
    setFakeNow(new Date("2026-11-04T20:00:00+08:00"));
    const soon = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG }, { states: ["DUE_SOON", "DUE"] });
    expect(soon.items).toEqual([
      recordDue(cases.recordMonday, DUE_MONDAY_VISIT, "DUE_SOON"),
      recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT),
      ...visitsDue(cases.toAcknowledge, cases.toAssign, cases.toVisit),
    ]);
    // Thursday morning: the unacknowledged cases and Monday's records are overdue in both districts; Tuesday's is still due.
    setFakeNow(new Date("2026-11-05T09:00:00+08:00"));
    const overdue = await inbox(civilAffairs);
    const expected = [
      ...[cases.toAcknowledge, cases.shilinToAcknowledge].sort().map((id) => stepDue("ACKNOWLEDGEMENT", id, ACKNOWLEDGE_BY, "OVERDUE")),
      ...[cases.recordMonday, cases.shilinRecord].sort().map((id) => recordDue(id, DUE_MONDAY_VISIT, "OVERDUE")),
    ];
    // 民政局 reads the case under CareCase's own scope (cases referred to it): the reference resolves, its fields do not.
    expect(overdue.items.map((item) => ({ ...item, careCase: null }))).toEqual(expected.map((item) => ({ ...item, careCase: null })));
    expect(overdue.counts).toEqual(counts(0, 0, 4, 0));
    const zhongzheng = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG });
    expect(zhongzheng.counts).toEqual(counts(4, 0, 2, 1));
    setFakeNow(new Date("2026-11-03T10:00:00+08:00"));
  });

  it("should refuse the inbox to roles without district work and a cursor it did not issue", async () => {
    for (const caller of [{ role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" }, { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG }, { role: Role.AUDITOR }]) {
      expect(errorCodes(await platform.query(INBOX, caller))).toEqual(["FORBIDDEN"]);
    }
    const bad = await platform.query(INBOX, { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG, variables: { after: "not-a-cursor" } });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });
});
