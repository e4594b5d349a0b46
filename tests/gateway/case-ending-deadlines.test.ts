import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { DEADLINE_PASS_JOB } from "../../shared/deadlines/pass";
import { dataOf } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, officesFreeIn, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #9: a case that ends before its steps are done takes its open deadlines with it. The office
 * withdraws a case returned for correction (A6): its HOME_VISIT (A2: 7 days from the application)
 * is NO_LONGER_DUE with the closure as reason, so the scheduler never breaches it, no overdue notice
 * names it and no inbox lists it; a step that had already gone overdue keeps its breach record but
 * leaves the inboxes too. A case handed over in the same ledger and left alone is the control: the
 * same pass breaches it. On a fake clock: recorded Tue 2016-06-07, handed over Wed 6/8 09:00 (the
 * visit due by the end of Tue 6/14, Taipei).
 */
describe("the deadlines of a case that ends early", () => {
  let platform: TestPlatform;
  const rng = new SeededRandom("case-ending-deadlines");
  let office = "";

  const DISPATCH = "outbox-dispatch";
  const HOME_VISIT_DUE = "2016-06-14T15:59:59.999Z";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  const clerk = () => ({ role: Role.HOUSEHOLD_CLERK, org: office });
  const officer = () => ({ role: Role.DISTRICT_CASE_OFFICER, org: office });
  const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER };
  const WITHDRAW = `mutation($id: ID!) { withdrawConsentInquiry(consentInquiryId: $id, reason: "重複登錄，不需訪視") { id } }`;
  const CASE = `query($id: ID!) { careCase(id: $id) { status closure deadlines { step state dueAt metAt breachedAt endedAt endReason } } }`;
  const INBOX = `{ districtInbox(first: 100) { items { kind step state careCase { id } } } }`;

  interface DeadlineRead {
    step: string;
    state: string;
    dueAt: string;
    metAt: string | null;
    breachedAt: string | null;
    endedAt: string | null;
    endReason: string | null;
  }
  type CaseRead = { careCase: { status: string; closure: string | null; deadlines: DeadlineRead[] } };
  type InboxRead = { districtInbox: { items: { kind: string; step: string | null; state: string; careCase: { id: string } | null }[] } };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "case-ending-deadlines" });
    [office] = officesFreeIn(platform, "2016-06");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const careCase = async (id: string) => dataOf(await platform.query<CaseRead>(CASE, { ...officer(), variables: { id } })).careCase;
  const homeVisitOf = async (id: string) => (await careCase(id)).deadlines.find((deadline) => deadline.step === "HOME_VISIT");
  const inboxCasesOf = async (caller: { role: Role; org?: string }) =>
    dataOf(await platform.query<InboxRead>(INBOX, caller)).districtInbox.items.map((item) => `${item.careCase?.id ?? ""} ${item.step ?? item.kind} ${item.state}`);

  async function breachesOf(careCaseId: string): Promise<string[]> {
    const { dataSource } = platform.platform.subgraphs.get("district")!.database;
    const rows = (await dataSource.query(`SELECT "step" FROM "district"."deadline_breaches" WHERE "subject_type" = 'CareCase' AND "subject_id" = $1 ORDER BY "step"`, [
      careCaseId,
    ])) as { step: string }[];
    return rows.map((row) => row.step);
  }

  async function overdueNoticesOf(careCaseId: string): Promise<number> {
    const notices = dataOf(await platform.query<{ districtNotifications: { kind: string; subjectId: string }[] }>(`{ districtNotifications { kind subjectId } }`, officer()));
    return notices.districtNotifications.filter((notice) => notice.kind === "STEP_OVERDUE" && notice.subjectId === careCaseId).length;
  }

  /** Two forms of `recordedOn` handed over together the next morning at 09:00; the cases' ids. */
  async function twoHandedOverCases(recordedOn: string, handedOverOn: string): Promise<{ withdrawn: string; control: string; withdrawnForm: string }> {
    setFakeNow(taipei(`${recordedOn}T10:00:00`));
    const first = await recordForm(platform, rng, office, recordedOn, "HOME_VISIT");
    const second = await recordForm(platform, rng, office, recordedOn, "HOME_VISIT");
    setFakeNow(taipei(`${handedOverOn}T09:00:00`));
    await handOverAndDeliver(platform, office, recordedOn);
    return { withdrawn: await caseOfForm(platform, office, first.inquiryId), control: await caseOfForm(platform, office, second.inquiryId), withdrawnForm: first.inquiryId };
  }

  /** 人文課 returns the case now, the office withdraws it an hour later, and the district closes it (both outboxes delivered). */
  async function returnAndWithdraw(careCaseId: string, inquiryId: string, returnedAt: string, withdrawnAt: string): Promise<void> {
    setFakeNow(taipei(returnedAt));
    await returnAndDeliver(platform, office, careCaseId, "戶籍資料誤植");
    setFakeNow(taipei(withdrawnAt));
    dataOf(await platform.query(WITHDRAW, { ...clerk(), variables: { id: inquiryId } }));
    await platform.runJob("household", DISPATCH);
  }

  it("should end a withdrawn case's HOME_VISIT as NO_LONGER_DUE, never breach it after its due time, and drop it from the inboxes", async () => {
    const cases = await twoHandedOverCases("2016-06-07", "2016-06-08");
    const before = await homeVisitOf(cases.withdrawn);
    expect(before).toMatchObject({ state: "DUE", dueAt: HOME_VISIT_DUE, endedAt: null, endReason: null });
    expect(await inboxCasesOf(officer())).toContain(`${cases.withdrawn} HOME_VISIT DUE`);

    await returnAndWithdraw(cases.withdrawn, cases.withdrawnForm, "2016-06-08T10:00:00", "2016-06-08T11:00:00");
    expect(await careCase(cases.withdrawn)).toMatchObject({ status: "CLOSED", closure: "RETURNED_TO_OFFICE" });
    expect(await homeVisitOf(cases.withdrawn)).toEqual({
      step: "HOME_VISIT",
      state: "NO_LONGER_DUE",
      dueAt: HOME_VISIT_DUE,
      metAt: null,
      breachedAt: null,
      endedAt: "2016-06-08T03:00:00.000Z",
      endReason: "RETURNED_TO_OFFICE",
    });

    // A week after the visit was due, the scheduler runs: the control breaches, the withdrawn case does not.
    setFakeNow(taipei("2016-06-21T10:00:00"));
    expect(await platform.runJob("district", DEADLINE_PASS_JOB)).toMatchObject({ status: "ran" });
    expect(await homeVisitOf(cases.control)).toMatchObject({ state: "OVERDUE", breachedAt: HOME_VISIT_DUE });
    expect(await homeVisitOf(cases.withdrawn)).toMatchObject({ state: "NO_LONGER_DUE", breachedAt: null });
    expect(await breachesOf(cases.control)).toEqual(["ACKNOWLEDGEMENT", "HOME_VISIT"]);
    expect(await breachesOf(cases.withdrawn)).toEqual([]);
    expect(await overdueNoticesOf(cases.control)).toBeGreaterThan(0);
    expect(await overdueNoticesOf(cases.withdrawn)).toBe(0);

    // 人文課 follows the control's overdue steps; 民政局 oversees them; neither sees the withdrawn case.
    const districtInbox = await inboxCasesOf(officer());
    expect(districtInbox).toContain(`${cases.control} HOME_VISIT OVERDUE`);
    expect(districtInbox.filter((item) => item.startsWith(cases.withdrawn))).toEqual([]);
    const cityInbox = await inboxCasesOf(bureau);
    expect(cityInbox).toContain(`${cases.control} HOME_VISIT OVERDUE`);
    expect(cityInbox.filter((item) => item.startsWith(cases.withdrawn))).toEqual([]);
  });

  it("should keep the breach of a step already overdue when its case ends, and take it out of the inboxes", async () => {
    // Never acknowledged: the visit's 7 days pass while the case waits; it is returned and withdrawn after.
    const cases = await twoHandedOverCases("2016-06-14", "2016-06-15");
    setFakeNow(taipei("2016-06-23T10:00:00"));
    await platform.runJob("district", DEADLINE_PASS_JOB);
    const overdue = await homeVisitOf(cases.withdrawn);
    expect(overdue).toMatchObject({ state: "OVERDUE", breachedAt: "2016-06-21T15:59:59.999Z" });

    await returnAndWithdraw(cases.withdrawn, cases.withdrawnForm, "2016-06-23T10:00:00", "2016-06-23T11:00:00");
    await platform.runJob("district", DEADLINE_PASS_JOB);
    expect(await homeVisitOf(cases.withdrawn)).toMatchObject({
      state: "NO_LONGER_DUE",
      breachedAt: "2016-06-21T15:59:59.999Z",
      endedAt: "2016-06-23T03:00:00.000Z",
      endReason: "RETURNED_TO_OFFICE",
    });
    // B12: the breach happened and stays recorded; the case is no longer anybody's work.
    expect(await breachesOf(cases.withdrawn)).toEqual(["ACKNOWLEDGEMENT", "HOME_VISIT"]);
    expect((await inboxCasesOf(officer())).filter((item) => item.startsWith(cases.withdrawn))).toEqual([]);
    expect((await inboxCasesOf(bureau)).filter((item) => item.startsWith(cases.withdrawn))).toEqual([]);
    expect(await inboxCasesOf(bureau)).toContain(`${cases.control} HOME_VISIT OVERDUE`);
  });
});
