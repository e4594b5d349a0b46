import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { acknowledge, assign, clearDistrictCases, handOver, visitMet } from "../support/district-work";
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
  const INBOX = `query($first: Int, $after: String, $states: [InboxState!]) {
    districtInbox(first: $first, after: $after, states: $states) {
      items { id kind step subjectType subjectId dueAt state careCase { id } }
      pageInfo { hasNextPage endCursor }
      counts { state count }
      totalCount
    }
  }`;
  interface Item {
    id: string;
    kind: string;
    step: string | null;
    subjectType: string;
    subjectId: string;
    dueAt: string | null;
    state: string;
    careCase: { id: string } | null;
  }
  interface Page {
    districtInbox: { items: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; counts: { state: string; count: number }[]; totalCount: number };
  }

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

  async function inbox(options: Parameters<TestPlatform["query"]>[1], variables: Record<string, unknown> = {}): Promise<Page["districtInbox"]> {
    const response = await platform.query<Page>(INBOX, { ...options, variables });
    expect(response.errors).toBeUndefined();
    const page = response.data?.districtInbox;
    if (page === undefined) {
      throw new Error("no inbox");
    }
    return page;
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

  it("should give 中正區's 人文課 its records due by due time, then the cases to acknowledge and to assign, and nothing of 士林區", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG });
    expect(page.items).toEqual([
      recordDue(cases.recordMonday, DUE_MONDAY_VISIT),
      recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT),
      // Undated work after the dated, by id: ACKNOWLEDGE_… sorts before ASSIGN_….
      work("ACKNOWLEDGE_HANDOVER", cases.toAcknowledge),
      work("ASSIGN_VILLAGE_OFFICER", cases.toAssign),
    ]);
    expect(page.counts).toEqual(counts(2, 0, 0, 2));
    expect(page.totalCount).toBe(4);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it("should give 士林區's 人文課 its own work only", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: SHILIN });
    expect(page.items).toEqual([recordDue(cases.shilinRecord, DUE_MONDAY_VISIT), work("ACKNOWLEDGE_HANDOVER", cases.shilinToAcknowledge)]);
    expect(page.counts).toEqual(counts(1, 0, 0, 1));
  });

  it("should give a 里幹事 the records due and the visits to make of their villages only", async () => {
    const wenbei = await inbox({ token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-wenbei", ["文北里"]) });
    expect(wenbei.items).toEqual([recordDue(cases.recordMonday, DUE_MONDAY_VISIT), recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT)]);
    const xingfu = await inbox({ token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-xingfu", ["幸福里"]) });
    // Not the case to assign in 幸福里: that is 人文課's work.
    expect(xingfu.items).toEqual([work("VISIT", cases.toVisit)]);
    expect(xingfu.counts).toEqual(counts(0, 0, 0, 1));
  });

  it("should page the inbox by keyset, one item a page, in the same order and without repeats", async () => {
    const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const result = await inbox(officer, { first: 1, after });
      expect(result.items.length).toBe(1);
      expect(result.totalCount).toBe(4);
      seen.push(result.items[0].id);
      expect(result.pageInfo.hasNextPage).toBe(page < 3);
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      `VISIT_RECORD_DUE:${cases.recordMonday}`,
      `VISIT_RECORD_DUE:${cases.recordTuesday}`,
      `ACKNOWLEDGE_HANDOVER:${cases.toAcknowledge}`,
      `ASSIGN_VILLAGE_OFFICER:${cases.toAssign}`,
    ]);
    const past = await inbox(officer, { first: 1, after });
    expect(past.items).toEqual([]);
  });

  it("should filter by state and still count every state", async () => {
    const page = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG }, { states: ["OPEN"] });
    expect(page.items.map((item) => item.kind)).toEqual(["ACKNOWLEDGE_HANDOVER", "ASSIGN_VILLAGE_OFFICER"]);
    expect(page.totalCount).toBe(2);
    expect(page.counts).toEqual(counts(2, 0, 0, 2));
  });

  it("should move records from due to due soon to overdue with the clock, and show 民政局 the overdue steps of every district only", async () => {
    const civilAffairs = { role: Role.CIVIL_AFFAIRS_OFFICER };
    expect((await inbox(civilAffairs)).items).toEqual([]);
    // Wednesday 20:00 Taipei: Monday's visits are due within 4 hours.
    setFakeNow(new Date("2026-11-04T20:00:00+08:00"));
    const soon = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG }, { states: ["DUE_SOON", "DUE"] });
    expect(soon.items).toEqual([recordDue(cases.recordMonday, DUE_MONDAY_VISIT, "DUE_SOON"), recordDue(cases.recordTuesday, DUE_TUESDAY_VISIT)]);
    // Thursday morning: Monday's records are overdue in both districts; Tuesday's is still due.
    setFakeNow(new Date("2026-11-05T09:00:00+08:00"));
    const overdue = await inbox(civilAffairs);
    const expected = [cases.recordMonday, cases.shilinRecord].sort().map((id) => recordDue(id, DUE_MONDAY_VISIT, "OVERDUE"));
    // 民政局 reads the case under CareCase's own scope (cases referred to it): the reference resolves, its fields do not.
    expect(overdue.items.map((item) => ({ ...item, careCase: null }))).toEqual(expected.map((item) => ({ ...item, careCase: null })));
    expect(overdue.counts).toEqual(counts(0, 0, 2, 0));
    const zhongzheng = await inbox({ role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG });
    expect(zhongzheng.counts).toEqual(counts(1, 0, 1, 2));
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
