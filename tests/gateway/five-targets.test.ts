import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createVisitedCase, VisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const LABOUR = "taipei.labour-bureau";
const EDUCATION = "taipei.education-bureau";
const district = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const labourOfficer = { role: Role.PARTNER_AGENCY_OFFICER, org: LABOUR };
const educationOfficer = { role: Role.PARTNER_AGENCY_OFFICER, org: EDUCATION };

/** Seed 001's five referral targets (A9, A12), each with its 附件4 box, its own needs and its own officer. */
interface Target {
  readonly target: string;
  readonly needs: readonly string[];
  /** The field on the district's CareCase where the receiver lists it (D3). */
  readonly onCase: string;
  readonly prefix: string;
  readonly serviceInput: string;
  readonly staff: Record<string, string>;
  readonly caller: { role: Role; org: string };
  /** Whose outbox reports the closing to the district (issue #9). */
  readonly service: string;
  readonly closedOn: string;
}

const TARGETS: readonly Target[] = [
  {
    target: "SOCIAL_WELFARE_BUREAU", needs: ["FAMILY_RELATIONSHIP"], onCase: "socialReferrals", prefix: "Social", serviceInput: "SocialServiceInput",
    staff: { socialWorkerName: "社工甲" }, caller: { role: Role.SOCIAL_WORKER, org: carePointUnitOf(ZHONGZHENG) }, service: "social", closedOn: "2026-11-05",
  },
  {
    target: "HEALTH_BUREAU", needs: ["NEWBORN_CARE"], onCase: "healthReferrals", prefix: "Health", serviceInput: "HealthServiceInput",
    staff: { nurseName: "護理師乙" }, caller: { role: Role.HEALTH_NURSE, org: ZHONGZHENG }, service: "health", closedOn: "2026-11-06",
  },
  {
    target: "LABOUR_BUREAU", needs: ["JOBS", "TRAINING"], onCase: "partnerReferrals", prefix: "Partner", serviceInput: "PartnerServiceInput",
    staff: { officerName: "就業服務員丁" }, caller: labourOfficer, service: "civil-affairs", closedOn: "2026-11-06",
  },
  {
    target: "EDUCATION_BUREAU", needs: ["SCHOOLING"], onCase: "partnerReferrals", prefix: "Partner", serviceInput: "PartnerServiceInput",
    staff: { officerName: "輔導員戊" }, caller: educationOfficer, service: "civil-affairs", closedOn: "2026-11-07",
  },
  {
    target: "CIVIL_AFFAIRS_BUREAU", needs: ["INTERPRETING"], onCase: "civilAffairsReferrals", prefix: "CivilAffairs", serviceInput: "CivilAffairsServiceInput",
    staff: { officerName: "承辦人丙" }, caller: { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG }, service: "civil-affairs", closedOn: "2026-11-09",
  },
];

const lower = (prefix: string): string => `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}`;

interface CaseState {
  status: string;
  closure: string | null;
  closedOn: string | null;
  referrals: { target: string; delivery: string; closedOn: string | null }[];
}

const CASE_STATE = `query($id: ID!) { careCase(id: $id) { status closure closedOn referrals { target delivery closedOn } } }`;

/**
 * Issue #9 (A9, A10, A12; seed 001's five targets): a case whose 附件4 ticks 社會局, 衛生局, 勞動局,
 * 教育局 and 民政局 is referred to each through the system; each agency's own officer receives it in
 * their inbox, accepts it by a first handling, and closes it, and the receiver's outbox reports the
 * closing back. The case stays referred after four closings and closes by itself (REFERRALS_CLOSED)
 * on the last one's date. 勞動局 and 教育局 have no subgraph: 民政局's receives for them, and each
 * agency's officer sees only its own.
 */
describe("the five referral targets of seed 001", () => {
  let platform: TestPlatform;
  let visited: VisitedCase;
  const referralIds = new Map<string, string>();

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "five-targets" });
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "five-targets-case", {
      needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "LABOUR_BUREAU", "EDUCATION_BUREAU", "CIVIL_AFFAIRS_BUREAU"],
      // A9 (issue #9): filing 附件4 refers every ticked box, each with that agency's own needs.
      needsOf: Object.fromEntries(TARGETS.map(({ target, needs }) => [target, needs])),
    });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function caseState(): Promise<CaseState> {
    return dataOf(await platform.query<{ careCase: CaseState }>(CASE_STATE, { ...district, variables: { id: visited.careCaseId } })).careCase;
  }

  it("should refer the case to each of the five at filing and deliver each to its receiver", async () => {
    expect(await platform.runJob("district", DISPATCH)).toEqual({ delivered: 5, retried: 0, parked: 0 });
    // In 附件4's order of the boxes (ReferralTarget).
    expect((await caseState()).referrals).toEqual(
      ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU", "EDUCATION_BUREAU"].map((target) => ({ target, delivery: "DELIVERED", closedOn: null })),
    );
  });

  it.each(TARGETS.map((target) => [target.target, target] as const))("should give %s's own officer the referral in their inbox, to accept", async (_name, target) => {
    const field = `${lower(target.prefix)}Inbox`;
    const inbox = dataOf(
      await platform.query<Record<string, { items: { kind: string; referral: { id: string; careCaseId: string; needs: string[] } }[] }>>(
        `{ ${field}(first: 50) { items { kind referral { id careCaseId needs } } } }`,
        target.caller,
      ),
    )[field];
    const mine = inbox.items.filter((item) => item.referral.careCaseId === visited.careCaseId);
    expect(mine.map((item) => ({ kind: item.kind, needs: item.referral.needs }))).toEqual([{ kind: "ACCEPT_REFERRAL", needs: [...target.needs] }]);
    referralIds.set(target.target, mine[0].referral.id);
  });

  it("should show a partner agency's officer only the referrals to their agency (row scope)", async () => {
    const labour = referralIds.get("LABOUR_BUREAU");
    const education = referralIds.get("EDUCATION_BUREAU");
    const read = `query($id: ID!) { partnerReferral(id: $id) { id serviceUnit needs } }`;
    expect(dataOf(await platform.query<{ partnerReferral: unknown }>(read, { ...labourOfficer, variables: { id: labour } })).partnerReferral).toEqual({
      id: labour, serviceUnit: LABOUR, needs: ["JOBS", "TRAINING"],
    });
    const other = await platform.query<{ partnerReferral: { id: string; serviceUnit: string | null } | null }>(read, { ...labourOfficer, variables: { id: education } });
    expect(errorCodes(other)).toContain("FORBIDDEN");
    expect(other.data?.partnerReferral?.serviceUnit ?? null).toBeNull();
    const listed = dataOf(await platform.query<{ partnerReferrals: { edges: { node: { serviceUnit: string } }[] } }>(`{ partnerReferrals(first: 100) { edges { node { serviceUnit } } } }`, educationOfficer));
    expect(new Set(listed.partnerReferrals.edges.map((edge) => edge.node.serviceUnit))).toEqual(new Set([EDUCATION]));
  });

  it("should refuse a labour officer closing or handling an education referral (FORBIDDEN), writing nothing", async () => {
    const education = referralIds.get("EDUCATION_BUREAU");
    const before = await dataSnapshot(platform);
    const close = await platform.query(`mutation($id: ID!) { closePartnerReferral(referralId: $id, closedOn: "2026-11-02") { id } }`, { ...labourOfficer, variables: { id: education } });
    expect(errorCodes(close)).toEqual(["FORBIDDEN"]);
    const serve = await platform.query(`mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { id } }`, {
      ...labourOfficer,
      variables: { input: { referralId: education, servedOn: "2026-11-02", mode: "PHONE", summary: "x", officerName: "y" } },
    });
    expect(errorCodes(serve)).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse the intakes to a user's own token (FORBIDDEN): only the district's outbox delivers (D3)", async () => {
    const before = await dataSnapshot(platform);
    const input = { clientKey: "five-targets-direct", careCaseId: visited.careCaseId, personId: visited.immigrant.id, referringDistrict: ZHONGZHENG, referredOn: "2026-11-02" };
    const partner = await platform.query(`mutation($input: PartnerReferralInput!) { receivePartnerReferral(input: $input) { id } }`, {
      ...district,
      variables: { input: { ...input, needs: ["JOBS"], agencyCode: LABOUR } },
    });
    expect(errorCodes(partner)).toEqual(["FORBIDDEN"]);
    const civil = await platform.query(`mutation($input: CivilAffairsReferralInput!) { receiveCivilAffairsReferral(input: $input) { id } }`, {
      ...district,
      variables: { input: { ...input, needs: ["INTERPRETING"] } },
    });
    expect(errorCodes(civil)).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should keep the case open after four closings and close it by itself when the last closes (A10: REFERRALS_CLOSED)", async () => {
    setFakeNow(new Date("2026-11-09T10:00:00+08:00"));
    for (const [index, target] of TARGETS.entries()) {
      const id = referralIds.get(target.target);
      const record = `mutation($input: ${target.serviceInput}!) { record${target.prefix}Service(input: $input) { status } }`;
      const served = dataOf(
        await platform.query<Record<string, { status: string }>>(record, {
          ...target.caller,
          variables: { input: { referralId: id, servedOn: "2026-11-03", mode: "PHONE", summary: "電訪評估", ...target.staff } },
        }),
      );
      expect(served[`record${target.prefix}Service`].status).toBe("IN_SERVICE");
      const close = `mutation($id: ID!, $on: LocalDate!) { close${target.prefix}Referral(referralId: $id, closedOn: $on) { status closedOn } }`;
      dataOf(await platform.query(close, { ...target.caller, variables: { id, on: target.closedOn } }));
      expect(await platform.runJob(target.service, DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
      const state = await caseState();
      if (index < TARGETS.length - 1) {
        expect({ after: target.target, status: state.status, closure: state.closure }).toEqual({ after: target.target, status: "REFERRED", closure: null });
      }
    }
    expect(await caseState()).toEqual({
      status: "CLOSED",
      closure: "REFERRALS_CLOSED",
      closedOn: "2026-11-09",
      referrals: [
        { target: "SOCIAL_WELFARE_BUREAU", delivery: "DELIVERED", closedOn: "2026-11-05" },
        { target: "HEALTH_BUREAU", delivery: "DELIVERED", closedOn: "2026-11-06" },
        { target: "CIVIL_AFFAIRS_BUREAU", delivery: "DELIVERED", closedOn: "2026-11-09" },
        { target: "LABOUR_BUREAU", delivery: "DELIVERED", closedOn: "2026-11-06" },
        { target: "EDUCATION_BUREAU", delivery: "DELIVERED", closedOn: "2026-11-07" },
      ],
    });
  });

  it("should show the partner agencies' answer to 民政局 (A10: visible to 民政局)", async () => {
    const oversight = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
    const { partnerReferrals } = dataOf(
      await platform.query<{ partnerReferrals: { edges: { node: { serviceUnit: string; status: string; closedOn: string; careCaseId: string } }[] } }>(
        `{ partnerReferrals(first: 100) { edges { node { serviceUnit status closedOn careCaseId } } } }`,
        oversight,
      ),
    );
    const ofCase = partnerReferrals.edges.map((edge) => edge.node).filter((node) => node.careCaseId === visited.careCaseId);
    // The list is in ID order; compared by agency.
    expect(ofCase.sort((a, b) => a.serviceUnit.localeCompare(b.serviceUnit))).toEqual([
      { serviceUnit: EDUCATION, status: "CLOSED", closedOn: "2026-11-07", careCaseId: visited.careCaseId },
      { serviceUnit: LABOUR, status: "CLOSED", closedOn: "2026-11-06", careCaseId: visited.careCaseId },
    ]);
  });
});
