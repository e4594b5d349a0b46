import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow, taipeiToday } from "../../shared/clock";
import { createReferredCase, createVisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

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
const CLOSE_INTERNAL = `mutation($id: ID!, $on: LocalDate!) { closeCaseInternalHelpDone(careCaseId: $id, closedOn: $on) { status closure closedOn } }`;
const RECEIVE_CLOSED = `mutation($input: ReferralClosedInput!) { receiveReferralClosed(input: $input) { id status closure closedOn } }`;

/**
 * Issue #9 (A7, A9, A10, D3): a case closes with its reason stored. Every referral closed: each
 * receiving agency reports its closing to the district through its own outbox (social's,
 * health's and 民政局's service tokens only), and the last one closes the case (REFERRALS_CLOSED). The
 * district's own help: 人文課 closes the case (INTERNAL_HELP_DONE). Closing dates in the future are
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

    it("should refuse a closing date in the future (BAD_USER_INPUT)", async () => {
      const response = await platform.query(RECEIVE_CLOSED, { ...socialWorker, through: "social", variables: input({ closedOn: "2026-11-11" }) });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
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
    it("should let 人文課 close the case once the help is given (INTERNAL_HELP_DONE), never on a future date", async () => {
      setFakeNow(taipei("2026-11-12T10:00:00"));
      const visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "closing-internal", { needs: ["DISTRICT_SOCIAL_SECTION", "DISTRICT_HUMANITIES_SECTION"] });
      expect((await caseState(visited.careCaseId)).status).toBe("OPEN");
      const future = await platform.query(CLOSE_INTERNAL, { ...officer, variables: { id: visited.careCaseId, on: "2026-11-13" } });
      expect(errorCodes(future)).toEqual(["BAD_USER_INPUT"]);
      const beforeFiling = await platform.query(CLOSE_INTERNAL, { ...officer, variables: { id: visited.careCaseId, on: "2026-11-11" } });
      expect(errorCodes(beforeFiling)).toEqual(["BAD_USER_INPUT"]);
      const village = await platform.query(CLOSE_INTERNAL, { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE], variables: { id: visited.careCaseId, on: taipeiToday() } });
      expect(errorCodes(village)).toEqual(["FORBIDDEN"]);

      const closed = dataOf(await platform.query<{ closeCaseInternalHelpDone: unknown }>(CLOSE_INTERNAL, { ...officer, variables: { id: visited.careCaseId, on: "2026-11-12" } }));
      expect(closed.closeCaseInternalHelpDone).toEqual({ status: "CLOSED", closure: "INTERNAL_HELP_DONE", closedOn: "2026-11-12" });
      const twice = await platform.query(CLOSE_INTERNAL, { ...officer, variables: { id: visited.careCaseId, on: "2026-11-12" } });
      expect(errorCodes(twice)).toEqual(["CONFLICT"]);
    });

    it("should refuse it for a case whose 附件4 ticks another agency (CONFLICT): its referrals close it", async () => {
      setFakeNow(taipei("2026-11-13T10:00:00"));
      const visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "closing-mixed", { needs: ["SOCIAL_WELFARE_BUREAU", "DISTRICT_SOCIAL_SECTION"] });
      const response = await platform.query(CLOSE_INTERNAL, { ...officer, variables: { id: visited.careCaseId, on: "2026-11-13" } });
      expect(errorCodes(response)).toEqual(["CONFLICT"]);
      expect((await caseState(visited.careCaseId)).status).toBe("REFERRED");
    });
  });
});
