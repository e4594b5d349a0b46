import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow, taipeiToday } from "../../shared/clock";
import { SignOffRole } from "../../shared/domain/enums";
import { VisitMode } from "../../shared/graphql/enums";
import { recordVisitAttempts } from "../../subgraphs/district/visit-attempt/visit-attempt.service";
import { createReferredCase, createVisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { acknowledge, assign, handOver, visitMet } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";
import { DRAFT_VISIT_RECORD, FILE_VISIT_RECORD, SIGN_VISIT_RECORD, SIGNER_NAMES } from "../support/visit-record-work";

const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const socialWorker = { role: Role.SOCIAL_WORKER, org: carePointUnitOf(ZHONGZHENG) };
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const civilAffairsOfficer = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);


interface CaseState {
  status: string;
  closure: string | null;
  closedOn: string | null;
  referrals: { target: string; closedOn: string | null }[];
}

const CASE_STATE = `query($id: ID!) { careCase(id: $id) { status closure closedOn referrals { target closedOn } } }`;
const HELP_TASKS = `query($id: ID!) { careCase(id: $id) { helpTasks { id kind state } } }`;
const COMPLETE_TASK = `mutation($id: ID!, $on: LocalDate!) { completeHelpTask(taskId: $id, doneOn: $on) { state doneOn careCase { status closure closedOn } } }`;
const RECEIVE_CLOSED = `mutation($input: ReferralClosedInput!) { receiveReferralClosed(input: $input) { id status closure closedOn } }`;

/**
 * Issue #9 (A7, A9, A10, D3): a case closes with its reason stored. Every referral closed: each
 * receiving agency reports its closing to the district through its own outbox (social's,
 * health's and 民政局's service tokens only), and the last one closes the case (REFERRALS_CLOSED). The
 * district's own help: the last help task done closes the case (INTERNAL_HELP_DONE). Closing dates in the future are
 * refused.
 */
describe("cases that close", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 20, seed: "case-closing" });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function caseState(careCaseId: string): Promise<CaseState> {
    return dataOf(await platform.query<{ careCase: CaseState }>(CASE_STATE, { ...officer, variables: { id: careCaseId } })).careCase;
  }

  it("should close a referred case by itself when the last of its referrals closes (A10: REFERRALS_CLOSED)", async () => {
    setFakeNow(taipei("2026-11-02T10:00:00"));
    const referred = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "closing-all");
    setFakeNow(taipei("2026-11-09T10:00:00"));
    dataOf(
      await platform.query(`mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "2026-11-06") { status } }`, {
        ...socialWorker,
        variables: { id: referred.socialReferralId },
      }),
    );
    expect(await platform.runJob("social", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    // One part closed, the others still served: the case stays referred.
    expect(await caseState(referred.careCaseId)).toEqual({
      status: "REFERRED",
      closure: null,
      closedOn: null,
      referrals: [
        { target: "SOCIAL_WELFARE_BUREAU", closedOn: "2026-11-06" },
        { target: "HEALTH_BUREAU", closedOn: null },
        { target: "CIVIL_AFFAIRS_BUREAU", closedOn: null },
      ],
    });

    // Issue #9: 民政局's own part (A11) closes like the others, reported by its outbox.
    dataOf(
      await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "2026-11-07") { status } }`, {
        ...civilAffairsOfficer,
        variables: { id: referred.civilAffairsReferralId },
      }),
    );
    expect(await platform.runJob("civil-affairs", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect((await caseState(referred.careCaseId)).status).toBe("REFERRED");

    dataOf(
      await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-08") { status } }`, {
        ...nurse,
        variables: { id: referred.healthReferralId },
      }),
    );
    expect(await platform.runJob("health", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await caseState(referred.careCaseId)).toEqual({
      status: "CLOSED",
      closure: "REFERRALS_CLOSED",
      closedOn: "2026-11-08",
      referrals: [
        { target: "SOCIAL_WELFARE_BUREAU", closedOn: "2026-11-06" },
        { target: "HEALTH_BUREAU", closedOn: "2026-11-08" },
        { target: "CIVIL_AFFAIRS_BUREAU", closedOn: "2026-11-07" },
      ],
    });
    // Nothing left to deliver: each closing was reported once.
    expect(await platform.runJob("social", DISPATCH)).toEqual({ delivered: 0, retried: 0, parked: 0 });
  });

  describe("the district's intake of a closing (D3)", () => {
    let careCaseId: string;
    let socialKey: string;

    beforeAll(async () => {
      setFakeNow(taipei("2026-11-10T10:00:00"));
      const referred = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "closing-intake");
      careCaseId = referred.careCaseId;
      const view = await platform.query<{ socialReferral: { clientKey: string } }>(`query($id: ID!) { socialReferral(id: $id) { clientKey } }`, {
        ...socialWorker,
        variables: { id: referred.socialReferralId },
      });
      socialKey = dataOf(view).socialReferral.clientKey;
    });

    const input = (overrides: Record<string, unknown> = {}) => ({ input: { clientKey: "social-closing-0001", careCaseId, referralKey: socialKey, closedOn: "2026-11-10", ...overrides } });

    it("should refuse a user's own token (FORBIDDEN), writing nothing", async () => {
      const before = await dataSnapshot(platform);
      const response = await platform.query(RECEIVE_CLOSED, { ...socialWorker, variables: input() });
      expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
      expect(await dataSnapshot(platform)).toEqual(before);
    });

    it("should refuse health's service reporting social's referral closed (FORBIDDEN)", async () => {
      const response = await platform.query(RECEIVE_CLOSED, { ...nurse, through: "health", variables: input() });
      expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
      expect((await caseState(careCaseId)).referrals.map((referral) => referral.closedOn)).toEqual([null, null, null]);
    });

    it("should refuse a closing date in the future (BAD_USER_INPUT), writing nothing", async () => {
      const before = await dataSnapshot(platform);
      const response = await platform.query(RECEIVE_CLOSED, { ...socialWorker, through: "social", variables: input({ closedOn: "2026-11-11" }) });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(await dataSnapshot(platform)).toEqual(before);
    });

    it("should apply a retried delivery once, answering the case both times", async () => {
      const first = dataOf(await platform.query<{ receiveReferralClosed: { status: string } }>(RECEIVE_CLOSED, { ...socialWorker, through: "social", variables: input() }));
      const again = dataOf(await platform.query<{ receiveReferralClosed: { status: string } }>(RECEIVE_CLOSED, { ...socialWorker, through: "social", variables: input() }));
      expect(first.receiveReferralClosed.status).toBe("REFERRED");
      expect(again).toEqual(first);
      expect((await caseState(careCaseId)).referrals).toEqual([
        { target: "SOCIAL_WELFARE_BUREAU", closedOn: "2026-11-10" },
        { target: "HEALTH_BUREAU", closedOn: null },
        { target: "CIVIL_AFFAIRS_BUREAU", closedOn: null },
      ]);
      const another = await platform.query(RECEIVE_CLOSED, { ...socialWorker, through: "social", variables: input({ clientKey: "social-closing-0002" }) });
      expect(errorCodes(another)).toEqual(["CONFLICT"]);
    });
  });

  describe("the district's own help (A9: 社會課, 人文課)", () => {
    async function tasksOf(careCaseId: string): Promise<{ id: string; kind: string; state: string }[]> {
      return dataOf(await platform.query<{ careCase: { helpTasks: { id: string; kind: string; state: string }[] } }>(HELP_TASKS, { ...officer, variables: { id: careCaseId } }))
        .careCase.helpTasks;
    }

    it("should close the case by itself once every help task is done (INTERNAL_HELP_DONE), never on a future date", async () => {
      setFakeNow(taipei("2026-11-12T10:00:00"));
      const visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "closing-internal", { needs: ["DISTRICT_SOCIAL_SECTION", "DISTRICT_HUMANITIES_SECTION"] });
      expect((await caseState(visited.careCaseId)).status).toBe("OPEN");
      const [social, humanities] = await tasksOf(visited.careCaseId);
      expect([social.kind, humanities.kind]).toEqual(["SOCIAL_SECTION", "HUMANITIES_SECTION"]);
      const before = await dataSnapshot(platform);
      const future = await platform.query(COMPLETE_TASK, { ...officer, variables: { id: social.id, on: "2026-11-13" } });
      expect(errorCodes(future)).toEqual(["BAD_USER_INPUT"]);
      expect(await dataSnapshot(platform)).toEqual(before);
      const beforeFiling = await platform.query(COMPLETE_TASK, { ...officer, variables: { id: social.id, on: "2026-11-11" } });
      expect(errorCodes(beforeFiling)).toEqual(["BAD_USER_INPUT"]);
      const village = await platform.query(COMPLETE_TASK, { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE], variables: { id: social.id, on: taipeiToday() } });
      expect(errorCodes(village)).toEqual(["FORBIDDEN"]);

      dataOf(await platform.query(COMPLETE_TASK, { ...officer, variables: { id: social.id, on: "2026-11-12" } }));
      // One task done, the other open: the case stays open.
      expect((await caseState(visited.careCaseId)).status).toBe("OPEN");
      const closed = dataOf(await platform.query<{ completeHelpTask: unknown }>(COMPLETE_TASK, { ...officer, variables: { id: humanities.id, on: "2026-11-12" } }));
      expect(closed.completeHelpTask).toEqual({ state: "DONE", doneOn: "2026-11-12", careCase: { status: "CLOSED", closure: "INTERNAL_HELP_DONE", closedOn: "2026-11-12" } });
      const twice = await platform.query(COMPLETE_TASK, { ...officer, variables: { id: humanities.id, on: "2026-11-12" } });
      expect(errorCodes(twice)).toEqual(["CONFLICT"]);
    });

    it("should keep a case whose 附件4 also ticks another agency open until its referral closes too (A10)", async () => {
      setFakeNow(taipei("2026-11-13T10:00:00"));
      const visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "closing-mixed", { needs: ["SOCIAL_WELFARE_BUREAU", "DISTRICT_SOCIAL_SECTION"] });
      const [task] = await tasksOf(visited.careCaseId);
      dataOf(await platform.query(COMPLETE_TASK, { ...officer, variables: { id: task.id, on: "2026-11-13" } }));
      expect((await caseState(visited.careCaseId)).status).toBe("REFERRED");
    });
  });
  /**
   * Issue #9: "closing dates in the future are refused", on the two closings a 里幹事's own entry
   * dates (the others are above, and withdrawal.test.ts has the office's withdrawal): all well at the
   * visit (附件4 filed ALL_WELL) and the 2nd missed visit (A7). Each is BAD_USER_INPUT and writes nothing.
   */
  describe("closing dates in the future", () => {
    const villageOfficer = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE] };
    const ATTEMPT = `mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`;

    async function assignedCase(): Promise<string> {
      const careCaseId = await handOver(platform, ZHONGZHENG, VILLAGE);
      await acknowledge(platform, ZHONGZHENG, careCaseId);
      await assign(platform, ZHONGZHENG, careCaseId, "test-village_officer");
      return careCaseId;
    }

    it("should refuse 附件4 filed ALL_WELL on a future date (the case would close NO_FURTHER_NEED), writing nothing", async () => {
      setFakeNow(taipei("2026-11-16T10:00:00"));
      const careCaseId = await assignedCase();
      await visitMet(platform, ZHONGZHENG, VILLAGE, careCaseId);
      // A8 (issue #9): handed in and signed today; 人文課 files it with tomorrow's date.
      const { draftVisitRecord: draft } = dataOf(
        await platform.query<{ draftVisitRecord: { id: string; requiredLevels: SignOffRole[] } }>(DRAFT_VISIT_RECORD, {
          ...villageOfficer,
          variables: { input: { careCaseId, visitedOn: "2026-11-16", visitedPersonName: "阮氏梅", visitedPersonAddress: "臺北市測試路二段18號3樓", outcome: "ALL_WELL" } },
        }),
      );
      for (const level of draft.requiredLevels) {
        const signer = level === SignOffRole.VILLAGE_OFFICER ? villageOfficer : officer;
        dataOf(await platform.query(SIGN_VISIT_RECORD, { ...signer, variables: { id: draft.id, level, name: SIGNER_NAMES[level] } }));
      }
      const before = await dataSnapshot(platform);
      const filed = await platform.query(FILE_VISIT_RECORD, { ...officer, variables: { id: draft.id, on: "2026-11-17" } });
      expect(errorCodes(filed)).toEqual(["BAD_USER_INPUT"]);
      expect(await dataSnapshot(platform)).toEqual(before);
      expect((await caseState(careCaseId)).status).toBe("OPEN");
    });

    it("should refuse a 2nd missed visit dated in the future (the case would close TWO_MISSED_VISITS), writing nothing", async () => {
      setFakeNow(taipei("2026-11-17T10:00:00"));
      const careCaseId = await assignedCase();
      dataOf(await platform.query(ATTEMPT, { ...villageOfficer, variables: { input: { careCaseId, attemptedOn: "2026-11-17", mode: "HOME", met: false } } }));
      const before = await dataSnapshot(platform);
      const second = await platform.query(ATTEMPT, { ...villageOfficer, variables: { input: { careCaseId, attemptedOn: "2026-11-18", mode: "HOME", met: false } } });
      expect(errorCodes(second)).toEqual(["BAD_USER_INPUT"]);
      expect(await dataSnapshot(platform)).toEqual(before);
      expect((await caseState(careCaseId)).status).toBe("OPEN");
    });
  });

  // Issue #10: the batch entry point the mutation goes through (a batch of one): attempts numbered in
  // order, several on one case; the 2nd day's miss closes it (A7) and a later attempt of the batch
  // on the closed case is refused, with nothing of the batch written.
  it("should record a batch of attempts in order, close on the 2nd missed day, and refuse the whole batch when a later attempt finds the case closed (issue #10, A7)", async () => {
    setFakeNow(taipei("2026-11-18T09:00:00"));
    const district = platform.platform.subgraphs.get("district")!.database.dataSource;
    const principal = { subject: "test-village_officer", role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE] };
    const closing = await handOver(platform, ZHONGZHENG, VILLAGE);
    const met = await handOver(platform, ZHONGZHENG, VILLAGE);
    for (const careCaseId of [closing, met]) {
      await acknowledge(platform, ZHONGZHENG, careCaseId);
    }
    setFakeNow(taipei("2026-11-20T10:00:00"));
    const attempt = (careCaseId: string, attemptedOn: string, isMet: boolean) => ({ careCaseId, attemptedOn, mode: VisitMode.HOME, met: isMet });
    const before = await dataSnapshot(platform);
    await expect(
      recordVisitAttempts(district, principal, [attempt(closing, "2026-11-18", false), attempt(met, "2026-11-18", true), attempt(closing, "2026-11-19", false), attempt(closing, "2026-11-20", true)]),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await dataSnapshot(platform)).toEqual(before);
    const cases = await recordVisitAttempts(district, principal, [attempt(closing, "2026-11-18", false), attempt(met, "2026-11-18", true), attempt(closing, "2026-11-19", false)]);
    expect(cases.map((careCase) => [careCase.status, careCase.closure])).toEqual([
      ["CLOSED", "TWO_MISSED_VISITS"],
      ["OPEN", null],
      ["CLOSED", "TWO_MISSED_VISITS"],
    ]);
    const numbers = (await district.query(`SELECT "care_case_id", "attempt_number" FROM "district"."visit_attempts" WHERE "care_case_id" = ANY($1) ORDER BY "attempted_on", "attempt_number"`, [
      [closing, met],
    ])) as { care_case_id: string; attempt_number: number }[];
    expect(numbers.map((row) => [row.care_case_id === closing ? "closing" : "met", row.attempt_number])).toEqual([
      ["closing", 1],
      ["met", 1],
      ["closing", 2],
    ]);
    expect((await caseState(closing)).status).toBe("CLOSED");
  });
});
