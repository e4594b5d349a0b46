import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createVisitedCase, VisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { deliverServiceDirectory, taipeiInput } from "../support/service-directory";

/**
 * Issue #9 (C1): referral targets and the visit form's boxes are read from 民政局's directory, not
 * from enums. 民政局 publishes a Taipei version that adds a foundation (an NGO the seeds do not
 * name) with a box of its own on 附件4; with no code change the box is tickable, filing refers the
 * case to the foundation as a partner referral, an officer whose org is the foundation's directory
 * code receives, accepts, handles and closes it, and the case closes by itself once its other
 * referral (民政局's) closes too. 民政局 may also refer onward to the foundation (A11: 民間團體), and
 * not to a local agency. The values expected are the ones this test publishes, written out here.
 */
const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const FOUNDATION = "taipei.harmony-family-foundation";
const FOUNDATION_NAME = "和諧家庭基金會";
const BOX = "HARMONY_FAMILY_FOUNDATION";
const district = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
const foundationOfficer = { role: Role.PARTNER_AGENCY_OFFICER, org: FOUNDATION };
const labourOfficer = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.labour-bureau" };

/** Taipei's shipped directory with the foundation added: an NGO, a duty under 人身安全保護, and a box after the printed ones. */
function withFoundation(versionDate: string) {
  const input = taipeiInput(versionDate, "1999");
  return {
    ...input,
    agencies: [...input.agencies, { code: FOUNDATION, name: FOUNDATION_NAME, level: "NGO", phone: "2345-6789", units: [] }],
    categories: [...input.categories, { code: "personal-safety", name: "人身安全保護" }],
    duties: [...input.duties, { agencyCode: FOUNDATION, categoryCode: "personal-safety", itemNumber: null, text: "法律扶助及心理諮商" }],
    visitFormBoxes: [
      ...input.visitFormBoxes,
      { code: BOX, label: "和諧家庭基金會", order: 9, kind: "REFERRAL", agencyCode: FOUNDATION, unitCode: null, description: "法律扶助、心理諮商", printedOnForm: false, needs: ["LEGAL_AID", "COUNSELLING"] },
    ],
  };
}

const PUBLISH = `mutation($input: PublishServiceDirectoryInput!) { publishServiceDirectory(input: $input) { versionDate } }`;
const BOXES = `{ visitFormBoxes { code kind agencyCode agencyName phone needs printedOnForm versionDate } }`;
const CASE_STATE = `query($id: ID!) { careCase(id: $id) { status closure closedOn referrals { target agencyCode delivery closedOn } civilAffairsReferrals { id } } }`;
const DRAFT = `mutation($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id } }`;

interface CaseState {
  status: string;
  closure: string | null;
  closedOn: string | null;
  referrals: { target: string; agencyCode: string; delivery: string; closedOn: string | null }[];
  civilAffairsReferrals: { id: string }[];
}

const fieldsOf = (response: GraphQLResponse<unknown>): unknown[] => (response.errors ?? []).map((error) => error.extensions?.field);

describe("a directory agency the city adds is a referral target (C1)", () => {
  let platform: TestPlatform;
  let visited: VisitedCase;
  let partnerReferralId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4, seed: "directory-routes" });
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    await deliverServiceDirectory(platform);
    dataOf(await platform.query(PUBLISH, { ...bureau, variables: { input: withFoundation("2026-11-02") } }));
    await platform.runJob("civil-affairs", DISPATCH);
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function caseState(): Promise<CaseState> {
    return dataOf(await platform.query<{ careCase: CaseState }>(CASE_STATE, { ...district, variables: { id: visited.careCaseId } })).careCase;
  }

  it("should put the foundation's box on 附件4 once 民政局's version reaches the district", async () => {
    const { visitFormBoxes } = dataOf(await platform.query<{ visitFormBoxes: { code: string }[] }>(BOXES, district));
    expect(visitFormBoxes.find((box) => box.code === BOX)).toEqual({
      code: BOX, kind: "REFERRAL", agencyCode: FOUNDATION, agencyName: FOUNDATION_NAME, phone: "2345-6789", needs: ["LEGAL_AID", "COUNSELLING"], printedOnForm: false, versionDate: "2026-11-02",
    });
  });

  it("should refer a case whose 附件4 ticks the box to the foundation at filing, and deliver it", async () => {
    visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "directory-routes-case", {
      needs: ["CIVIL_AFFAIRS_BUREAU", BOX],
      needsOf: { [BOX]: ["LEGAL_AID"] },
    });
    expect(await platform.runJob("district", DISPATCH)).toEqual({ delivered: 2, retried: 0, parked: 0 });
    expect((await caseState()).referrals).toEqual([
      { target: "CIVIL_AFFAIRS_BUREAU", agencyCode: "taipei.civil-affairs-bureau", delivery: "DELIVERED", closedOn: null },
      { target: BOX, agencyCode: FOUNDATION, delivery: "DELIVERED", closedOn: null },
    ]);
  });

  it("should give the foundation's own officer the referral to accept, and no other partner agency's", async () => {
    const { partnerInbox } = dataOf(
      await platform.query<{ partnerInbox: { items: { kind: string; referral: { id: string; careCaseId: string; needs: string[]; serviceUnit: string } }[] } }>(
        `{ partnerInbox(first: 50) { items { kind referral { id careCaseId needs serviceUnit } } } }`,
        foundationOfficer,
      ),
    );
    const mine = partnerInbox.items.filter((item) => item.referral.careCaseId === visited.careCaseId);
    expect(mine.map((item) => ({ kind: item.kind, needs: item.referral.needs, serviceUnit: item.referral.serviceUnit }))).toEqual([
      { kind: "ACCEPT_REFERRAL", needs: ["LEGAL_AID"], serviceUnit: FOUNDATION },
    ]);
    partnerReferralId = mine[0].referral.id;
    const byLabour = await platform.query<{ partnerReferral: { needs: string[] | null } | null }>(`query($id: ID!) { partnerReferral(id: $id) { needs } }`, {
      ...labourOfficer,
      variables: { id: partnerReferralId },
    });
    expect(errorCodes(byLabour)).toContain("FORBIDDEN");
    expect(byLabour.data?.partnerReferral?.needs ?? null).toBeNull();
  });

  it("should refuse a box the form does not have, and a need the box does not list (BAD_USER_INPUT naming the field), writing nothing", async () => {
    const before = await dataSnapshot(platform);
    const draft = { careCaseId: visited.careCaseId, visitedOn: "2026-11-02", visitedPersonName: "某人", visitedPersonAddress: "某處", outcome: "NEEDS_HELP" };
    const unknownBox = await platform.query(DRAFT, { ...district, variables: { input: { ...draft, needs: ["NO_SUCH_AGENCY"], referrals: [] } } });
    expect({ codes: errorCodes(unknownBox), fields: fieldsOf(unknownBox) }).toEqual({ codes: ["BAD_USER_INPUT"], fields: ["needs"] });
    const notItsNeed = await platform.query(DRAFT, { ...district, variables: { input: { ...draft, needs: [BOX], referrals: [{ target: BOX, needs: ["JOBS"] }] } } });
    expect({ codes: errorCodes(notItsNeed), fields: fieldsOf(notItsNeed) }).toEqual({ codes: ["BAD_USER_INPUT"], fields: ["referrals"] });
    const unknownTarget = await platform.query(`mutation($input: ReferCaseInput!) { referCase(input: $input) { id } }`, {
      ...district,
      variables: { input: { careCaseId: visited.careCaseId, target: "NO_SUCH_AGENCY", needs: ["LEGAL_AID"] } },
    });
    expect({ codes: errorCodes(unknownTarget), fields: fieldsOf(unknownTarget) }).toEqual({ codes: ["BAD_USER_INPUT"], fields: ["target"] });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let 民政局 refer its case onward to the foundation (A11: an NGO of the directory), and refuse a local agency", async () => {
    const [civilAffairs] = (await caseState()).civilAffairsReferrals;
    const refer = `mutation($input: ReferOnwardInput!) { referOnward(input: $input) { target targetName targetKind } }`;
    const input = { referralId: civilAffairs.id, target: FOUNDATION, targetKind: "NGO", referredOn: "2026-11-02" };
    expect(dataOf(await platform.query<{ referOnward: unknown }>(refer, { ...bureau, variables: { input } })).referOnward).toEqual({
      target: FOUNDATION, targetName: FOUNDATION_NAME, targetKind: "NGO",
    });
    const before = await dataSnapshot(platform);
    const local = await platform.query(refer, { ...bureau, variables: { input: { ...input, target: "taipei.labour-bureau" } } });
    expect({ codes: errorCodes(local), fields: fieldsOf(local) }).toEqual({ codes: ["BAD_USER_INPUT"], fields: ["input.target"] });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let the foundation's officer handle and close it, and close the case by itself when 民政局's closes too (A10)", async () => {
    setFakeNow(new Date("2026-11-06T10:00:00+08:00"));
    const served = `mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { status } }`;
    const service = { referralId: partnerReferralId, servedOn: "2026-11-03", mode: "PHONE", summary: "電話評估", officerName: "社工己" };
    expect(dataOf(await platform.query<{ recordPartnerService: { status: string } }>(served, { ...foundationOfficer, variables: { input: service } })).recordPartnerService.status).toBe("IN_SERVICE");
    dataOf(await platform.query(`mutation($id: ID!) { closePartnerReferral(referralId: $id, closedOn: "2026-11-05") { id } }`, { ...foundationOfficer, variables: { id: partnerReferralId } }));
    expect(await platform.runJob("civil-affairs", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await caseState()).toMatchObject({ status: "REFERRED", closure: null });

    const [civilAffairs] = (await caseState()).civilAffairsReferrals;
    dataOf(
      await platform.query(`mutation($input: CivilAffairsServiceInput!) { recordCivilAffairsService(input: $input) { id } }`, {
        ...bureau,
        variables: { input: { referralId: civilAffairs.id, servedOn: "2026-11-03", mode: "PHONE", summary: "通譯安排", officerName: "承辦人丙" } },
      }),
    );
    dataOf(await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "2026-11-06") { id } }`, { ...bureau, variables: { id: civilAffairs.id } }));
    expect(await platform.runJob("civil-affairs", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await caseState()).toEqual({
      status: "CLOSED",
      closure: "REFERRALS_CLOSED",
      closedOn: "2026-11-06",
      referrals: [
        { target: "CIVIL_AFFAIRS_BUREAU", agencyCode: "taipei.civil-affairs-bureau", delivery: "DELIVERED", closedOn: "2026-11-06" },
        { target: BOX, agencyCode: FOUNDATION, delivery: "DELIVERED", closedOn: "2026-11-05" },
      ],
      civilAffairsReferrals: [{ id: civilAffairs.id }],
    });
  });
});
