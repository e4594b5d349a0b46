import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { SignOffRole } from "../../shared/domain/enums";
import { villagesOf } from "../../shared/domain/villages";
import { dataOf } from "../support/graphql";
import { officesFreeIn, recordForm, RecordedForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { DRAFT_VISIT_RECORD, signAndFile } from "../support/visit-record-work";

/**
 * DOMAIN A13 (seed 001's worked case) replayed end to end through the gateway, with the dates each
 * agency entered it in the system (登錄系統日期), on a fake clock over the real 2016 office calendar:
 *
 * - 105/6/13 (Mon): a Taipei office records 劉女士 (陸港澳) registering her own move; she consents to
 *   a home visit (A1–A3). The handover is due by 12:00 of the next working day (A4, R2): 6/14.
 * - 105/6/14 (Tue): the office hands the day's ledger over (附件3) before noon; the district
 *   acknowledges it (A4) and assigns the 里幹事 (A6). The visit is due within 7 days of the
 *   application (A2): by the end of 6/20.
 * - 105/6/20 (Mon): the 里幹事 visits her at home (the seed says "on or before 6/20") and she discloses
 *   domestic violence; the district reports to the 臺北市家庭暴力防治中心, which opens a case (成案, A9).
 *   附件4 is due within 2 days after the visit (A6): by the end of Wed 6/22; the referral within 1
 *   day (A9): by the end of Tue 6/21.
 * - 105/6/21 (Tue): the district files 附件4 and refers her to 社會局 through the system (A9, D3: the
 *   district's subgraph delivers it).
 * - 105/6/27 (Mon): a social worker follows up (A10).
 *
 * Each step asserts the state of every deadline at that moment; the scheduler runs between steps
 * and must find no breach, since every step of A13 was on time.
 */
describe("A13 replayed: 劉女士, 105/6/13–105/6/27", () => {
  let platform: TestPlatform;
  let office = "";
  let form: RecordedForm;
  let ledgerId = "";
  let careCaseId = "";
  let socialReferralId = "";
  const rng = new SeededRandom("a13-replay");
  const taipei = (local: string): Date => new Date(`${local}+08:00`);

  // Due instants, each worked out by hand from the rule and the 2016 calendar (data/calendar/2016.csv).
  /** A4: recorded Mon 6/13 → 12:00 Tue 6/14 (04:00 UTC). */
  const HANDOVER_DUE = "2016-06-14T04:00:00.000Z";
  /** A4, R1: the ledger arrives Tue 6/14 → acknowledged by 12:00 Wed 6/15. */
  const ACKNOWLEDGEMENT_DUE = "2016-06-15T04:00:00.000Z";
  /** A2: applied 6/13, visited on days 3–7 (calendar days) → by the end of Mon 6/20 (Taipei). */
  const HOME_VISIT_DUE = "2016-06-20T15:59:59.999Z";
  /** A6: visited Mon 6/20, the visit day not counted (R2), 2 days → the end of Wed 6/22, a working day. */
  const VISIT_RECORD_DUE = "2016-06-22T15:59:59.999Z";
  /** A9: visited Mon 6/20, 1 day → the end of Tue 6/21, a working day. */
  const REFERRAL_DUE = "2016-06-21T15:59:59.999Z";
  /** An attempt is recorded by its date (A7 counts visits by day), so the visit meets its step at 12:00 Taipei of that date. */
  const VISITED_AT = "2016-06-20T04:00:00.000Z";

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "a13-replay" });
    [office] = officesFreeIn(platform, "2016-06");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const clerk = () => ({ role: Role.HOUSEHOLD_CLERK, org: office });
  const officer = () => ({ role: Role.DISTRICT_CASE_OFFICER, org: office });
  const villageOfficer = () => ({ role: Role.VILLAGE_OFFICER, org: office, villages: [villagesOf(office)[0]] });
  /** A10: domestic violence is a serious case, served by the 新移民婦女暨家庭服務中心 rather than a care point. */
  const socialWorker = () => ({ role: Role.SOCIAL_WORKER, org: "FAMILY_SERVICE_CENTRE" });


  interface DeadlineView {
    step: string;
    dueAt: string;
    state: string;
    metAt: string | null;
    breachedAt: string | null;
  }

  /** The office's deadlines as its clerk reads them on the inquiry (D1: household owns the handover). */
  async function inquiryDeadlines(): Promise<Record<string, Omit<DeadlineView, "step">>> {
    const data = dataOf(
      await platform.query<{ consentInquiry: { deadlines: DeadlineView[] } }>(`query($id: ID!) { consentInquiry(id: $id) { deadlines { step dueAt state metAt breachedAt } } }`, {
        ...clerk(),
        variables: { id: form.inquiryId },
      }),
    );
    return Object.fromEntries(data.consentInquiry.deadlines.map(({ step, ...rest }) => [step, rest]));
  }

  /** The district's deadlines as its 人文課 reads them on the care case. */
  async function caseDeadlines(): Promise<Record<string, Omit<DeadlineView, "step">>> {
    const data = dataOf(
      await platform.query<{ careCase: { deadlines: DeadlineView[] } }>(`query($id: ID!) { careCase(id: $id) { deadlines { step dueAt state metAt breachedAt } } }`, {
        ...officer(),
        variables: { id: careCaseId },
      }),
    );
    return Object.fromEntries(data.careCase.deadlines.map(({ step, ...rest }) => [step, rest]));
  }

  /** Every deadline of the case, both owners'. */
  async function deadlines(): Promise<Record<string, Omit<DeadlineView, "step">>> {
    return { ...(await inquiryDeadlines()), ...(careCaseId === "" ? {} : await caseDeadlines()) };
  }

  /** The 新移民婦女暨家庭服務中心's social-worker inbox: each item's kind and referral. */
  async function centreInboxKinds(): Promise<{ kind: string; referral: { id: string } }[]> {
    const data = dataOf(
      await platform.query<{ socialInbox: { items: { kind: string; referral: { id: string } }[] } }>(`{ socialInbox(first: 100) { items { kind referral { id } } } }`, socialWorker()),
    );
    return data.socialInbox.items;
  }

  const due = (dueAt: string, state = "DUE") => ({ dueAt, state, metAt: null, breachedAt: null });
  const metOnTime = (dueAt: string, metAt: string) => ({ dueAt, state: "MET_ON_TIME", metAt, breachedAt: null });

  /** Both owners' schedulers, as they run between the steps: on time, they never mark a breach. */
  async function schedulerPasses(): Promise<void> {
    await platform.runJob("household", "deadline-pass");
    await platform.runJob("district", "deadline-pass");
  }

  it("105/6/13: the office records 劉女士's 附件1 with her consent; the handover is due by 12:00 on 6/14", async () => {
    setFakeNow(taipei("2016-06-13T10:00:00"));
    // recordForm: 劉女士, born in the mainland (陸港澳), registering her own move (caseType MOVE).
    form = await recordForm(platform, rng, office, "2016-06-13", "HOME_VISIT");
    expect(await deadlines()).toEqual({ HANDOVER: due(HANDOVER_DUE) });

    // The evening of 6/13: still due; 09:00 on 6/14, three hours before noon, due soon (threshold 4 h).
    setFakeNow(taipei("2016-06-13T18:00:00"));
    await schedulerPasses();
    expect((await deadlines()).HANDOVER.state).toBe("DUE");
    setFakeNow(taipei("2016-06-14T09:00:00"));
    expect((await deadlines()).HANDOVER.state).toBe("DUE_SOON");
  });

  it("105/6/14: the ledger is handed over before noon and acknowledged; the visit is due by the end of 6/20", async () => {
    setFakeNow(taipei("2016-06-14T10:00:00"));
    const { handOverConsentInquiries } = dataOf(
      await platform.query<{ handOverConsentInquiries: { id: string; formCount: number; entries: { id: string }[] }[] }>(
        `mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) { id formCount entries { id } } }`,
        { ...clerk(), variables: { date: "2016-06-13" } },
      ),
    );
    expect(handOverConsentInquiries).toEqual([{ id: handOverConsentInquiries[0]?.id, formCount: 1, entries: [{ id: form.inquiryId }] }]);
    ledgerId = handOverConsentInquiries[0].id;
    expect(await deadlines()).toEqual({ HANDOVER: metOnTime(HANDOVER_DUE, "2016-06-14T02:00:00.000Z") });

    // D3: household's subgraph delivers the ledger; the district now has the case, handed over.
    expect(await platform.runJob("household", "outbox-dispatch")).toEqual({ delivered: 1, retried: 0, parked: 0 });
    const { handoverLedger } = dataOf(
      await platform.query<{ handoverLedger: { careCases: { id: string; status: string }[] } }>(`query($id: ID!) { handoverLedger(id: $id) { careCases { id status } } }`, {
        ...officer(),
        variables: { id: ledgerId },
      }),
    );
    expect(handoverLedger.careCases).toEqual([{ id: handoverLedger.careCases[0]?.id, status: "HANDED_OVER" }]);
    careCaseId = handoverLedger.careCases[0].id;
    expect(await caseDeadlines()).toEqual({ ACKNOWLEDGEMENT: due(ACKNOWLEDGEMENT_DUE), HOME_VISIT: due(HOME_VISIT_DUE) });

    setFakeNow(taipei("2016-06-14T15:00:00"));
    dataOf(await platform.query(`mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`, { ...officer(), variables: { id: ledgerId } }));
    dataOf(
      await platform.query(`mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "test-village_officer", officerName: "里幹事甲") { id } }`, {
        ...officer(),
        variables: { id: careCaseId },
      }),
    );
    await schedulerPasses();
    expect(await deadlines()).toEqual({
      HANDOVER: metOnTime(HANDOVER_DUE, "2016-06-14T02:00:00.000Z"),
      ACKNOWLEDGEMENT: metOnTime(ACKNOWLEDGEMENT_DUE, "2016-06-14T07:00:00.000Z"),
      HOME_VISIT: due(HOME_VISIT_DUE),
    });
  });

  it("105/6/20: the 里幹事 visits her at home on the last day of the window; the centre is told of the violence and opens a case", async () => {
    // The morning of the 7th day: the visit is due soon only within 4 hours of the end of the day.
    setFakeNow(taipei("2016-06-20T09:30:00"));
    await schedulerPasses();
    expect((await caseDeadlines()).HOME_VISIT).toEqual(due(HOME_VISIT_DUE));
    dataOf(
      await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
        ...villageOfficer(),
        variables: { input: { careCaseId, attemptedOn: "2016-06-20", mode: "HOME", met: true } },
      }),
    );
    expect(await caseDeadlines()).toEqual({
      ACKNOWLEDGEMENT: metOnTime(ACKNOWLEDGEMENT_DUE, "2016-06-14T07:00:00.000Z"),
      HOME_VISIT: metOnTime(HOME_VISIT_DUE, VISITED_AT),
      VISIT_RECORD: due(VISIT_RECORD_DUE),
    });

    // A9, A13: the report to the 家庭暴力防治中心 is its own record, with the centre's answer (成案).
    setFakeNow(taipei("2016-06-20T15:40:00"));
    const { recordUrgentReport } = dataOf(
      await platform.query<{ recordUrgentReport: { id: string } }>(`mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`, {
        ...officer(),
        variables: {
          input: {
            clientKey: "a13-replay-dv-centre",
            careCaseId,
            kind: "OUTSIDE_BODY_REPORT",
            target: "DOMESTIC_VIOLENCE_CENTRE",
            reportedAt: "2016-06-20T15:30:00+08:00",
            reporterName: "里幹事甲",
            recipientName: "臺北市家庭暴力防治中心值班社工",
            summary: "劉女士表示遭配偶施暴，通報家防中心",
          },
        },
      }),
    );
    setFakeNow(taipei("2016-06-20T17:30:00"));
    dataOf(
      await platform.query(`mutation($id: ID!, $at: DateTimeISO!) { recordUrgentReportOutcome(reportId: $id, outcome: CASE_OPENED, recordedAt: $at) { id } }`, {
        ...officer(),
        variables: { id: recordUrgentReport.id, at: "2016-06-20T17:00:00+08:00" },
      }),
    );
    const { careCase } = dataOf(
      await platform.query<{ careCase: { urgentReports: { target: string; reportedAt: string; outcome: string }[] } }>(
        `query($id: ID!) { careCase(id: $id) { urgentReports { target reportedAt outcome } } }`,
        { ...officer(), variables: { id: careCaseId } },
      ),
    );
    expect(careCase.urgentReports).toEqual([{ target: "DOMESTIC_VIOLENCE_CENTRE", reportedAt: "2016-06-20T07:30:00.000Z", outcome: "CASE_OPENED" }]);
  });

  it("105/6/21: 附件4 is handed in, signed and filed, and the referral to 社會局 it carries is entered within a day of the visit and delivered by the district", async () => {
    setFakeNow(taipei("2016-06-21T10:00:00"));
    await schedulerPasses();
    const { draftVisitRecord: draft } = dataOf(
      await platform.query<{ draftVisitRecord: { id: string; requiredLevels: SignOffRole[] } }>(DRAFT_VISIT_RECORD, {
        ...villageOfficer(),
        variables: {
          input: {
            careCaseId,
            visitedOn: "2016-06-20",
            visitedPersonName: "劉女士",
            visitedPersonPhone: "0912-000-111",
            visitedPersonAddress: "臺北市測試路5號",
            outcome: "NEEDS_HELP",
            needs: ["SOCIAL_WELFARE_BUREAU"],
            referrals: [{ target: "SOCIAL_WELFARE_BUREAU", needs: ["DOMESTIC_VIOLENCE"], description: "遭配偶施暴，家防中心已成案" }],
            handling: "案主表示遭配偶施暴，已通報家防中心並轉介社會局",
          },
        },
      }),
    );
    // A6: handed in the day after the visit; the referral waits for the filing (issue #9).
    expect(await caseDeadlines()).toEqual({
      ACKNOWLEDGEMENT: metOnTime(ACKNOWLEDGEMENT_DUE, "2016-06-14T07:00:00.000Z"),
      HOME_VISIT: metOnTime(HOME_VISIT_DUE, VISITED_AT),
      VISIT_RECORD: metOnTime(VISIT_RECORD_DUE, "2016-06-21T02:00:00.000Z"),
    });

    // A8: signed by the district's levels that afternoon and filed by 人文課; filing enters the referral (A9).
    setFakeNow(taipei("2016-06-21T14:00:00"));
    await signAndFile(platform, { drafter: villageOfficer(), officer: officer() }, draft, "2016-06-21");
    expect((await caseDeadlines()).REFERRAL).toEqual(metOnTime(REFERRAL_DUE, "2016-06-21T06:00:00.000Z"));
    expect(await platform.runJob("district", "outbox-dispatch")).toEqual({ delivered: 1, retried: 0, parked: 0 });
    const { careCase } = dataOf(
      await platform.query<{ careCase: { socialReferrals: { id: string; status: string; referredOn: string; serviceUnit: string }[] } }>(
        `query($id: ID!) { careCase(id: $id) { socialReferrals { id status referredOn serviceUnit } } }`,
        { ...socialWorker(), variables: { id: careCaseId } },
      ),
    );
    expect(careCase.socialReferrals).toEqual([{ id: careCase.socialReferrals[0]?.id, status: "RECEIVED", referredOn: "2016-06-21", serviceUnit: "FAMILY_SERVICE_CENTRE" }]);
    socialReferralId = careCase.socialReferrals[0].id;
    // The centre's work list holds it, to accept (A10).
    expect(await centreInboxKinds()).toContainEqual({ kind: "ACCEPT_REFERRAL", referral: { id: socialReferralId } });
  });

  it("105/6/27: a social worker follows up; every step of the case was on time and no breach was ever recorded", async () => {
    setFakeNow(taipei("2016-06-27T10:00:00"));
    await schedulerPasses();
    const { recordSocialService } = dataOf(
      await platform.query<{ recordSocialService: { status: string; services: { servedOn: string; mode: string }[] } }>(
        `mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { status services { servedOn mode } } }`,
        {
          ...socialWorker(),
          variables: { input: { referralId: socialReferralId, servedOn: "2016-06-27", mode: "HOME_VISIT", summary: "社工訪視，持續提供諮詢", socialWorkerName: "社工甲" } },
        },
      ),
    );
    expect(recordSocialService).toEqual({ status: "IN_SERVICE", services: [{ servedOn: "2016-06-27", mode: "HOME_VISIT" }] });
    // Accepted: now in the centre's list to report on, no longer to accept.
    const inbox = await centreInboxKinds();
    expect(inbox).toContainEqual({ kind: "REPORT_ON_REFERRAL", referral: { id: socialReferralId } });
    expect(inbox).not.toContainEqual({ kind: "ACCEPT_REFERRAL", referral: { id: socialReferralId } });

    expect(await deadlines()).toEqual({
      HANDOVER: metOnTime(HANDOVER_DUE, "2016-06-14T02:00:00.000Z"),
      ACKNOWLEDGEMENT: metOnTime(ACKNOWLEDGEMENT_DUE, "2016-06-14T07:00:00.000Z"),
      HOME_VISIT: metOnTime(HOME_VISIT_DUE, VISITED_AT),
      VISIT_RECORD: metOnTime(VISIT_RECORD_DUE, "2016-06-21T02:00:00.000Z"),
      REFERRAL: metOnTime(REFERRAL_DUE, "2016-06-21T06:00:00.000Z"),
    });
    for (const owner of ["household", "district"]) {
      const breaches = await platform.platform.subgraphs
        .get(owner)
        ?.database.dataSource.query(`SELECT count(*)::int AS "count" FROM "${owner}"."deadline_breaches" WHERE "subject_id" = ANY($1)`, [[form.inquiryId, careCaseId]]);
      expect(breaches).toEqual([{ count: 0 }]);
    }
  });
});
