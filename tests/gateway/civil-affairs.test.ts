import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase, FIXTURE_CIVIL_AFFAIRS_SUMMARY, ReferredCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const officer = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
const district = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

const REFER_ONWARD = `mutation($input: ReferOnwardInput!) { referOnward(input: $input) { id target targetName targetKind referredOn note outcome outcomeOn } }`;
const OUTCOME = `mutation($id: ID!, $outcome: String!, $on: LocalDate!) { recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $on) { id outcome outcomeOn } }`;

interface Onward {
  id: string;
  target: string;
  targetName: string;
  targetKind: string;
  referredOn: string;
  note: string | null;
  outcome: string | null;
  outcomeOn: string | null;
}

/**
 * Issue #9 (A9–A11, D3): 民政局 receives the single cases the district refers to it (interpreting,
 * out-of-city, unclear owner), handles them like any receiving agency, and refers them onward to a
 * central agency or an NGO with target, date and outcome, which the district reads on its case (A10).
 */
describe("民政局's own cases and onward referrals", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "civil-affairs" });
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    fixture = await createReferredCase(platform, ZHONGZHENG, "文北里", "civil-affairs-case");
    setFakeNow(new Date("2026-11-09T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should deliver the district's referral to 民政局, served by the bureau and in service after the officer's first handling", async () => {
    const { civilAffairsReferral } = dataOf(
      await platform.query<{ civilAffairsReferral: Record<string, unknown> }>(
        `query($id: ID!) { civilAffairsReferral(id: $id) { needs serviceUnit status referringDistrictCode referredOn services { summary officerName } } }`,
        { ...officer, variables: { id: fixture.civilAffairsReferralId } },
      ),
    );
    expect(civilAffairsReferral).toEqual({
      needs: ["INTERPRETING"],
      serviceUnit: "CIVIL_AFFAIRS_BUREAU",
      status: "IN_SERVICE",
      referringDistrictCode: ZHONGZHENG,
      referredOn: "2026-11-02",
      services: [{ summary: FIXTURE_CIVIL_AFFAIRS_SUMMARY, officerName: "承辦人丙" }],
    });
  });

  it("should refer onward to 移民署 and record its outcome once, both shown to the referring district (A10, A11)", async () => {
    const input = { referralId: fixture.civilAffairsReferralId, target: "taipei.national-immigration-agency", targetKind: "CENTRAL_AGENCY", referredOn: "2026-11-05", note: "居留證件疑義" };
    const { referOnward } = dataOf(await platform.query<{ referOnward: Onward }>(REFER_ONWARD, { ...officer, variables: { input } }));
    expect(referOnward).toEqual({
      id: expect.any(String), target: "taipei.national-immigration-agency", targetName: "移民署", targetKind: "CENTRAL_AGENCY", referredOn: "2026-11-05", note: "居留證件疑義", outcome: null, outcomeOn: null,
    });
    dataOf(await platform.query(OUTCOME, { ...officer, variables: { id: referOnward.id, outcome: "移民署已協助換證", on: "2026-11-08" } }));
    expect(errorCodes(await platform.query(OUTCOME, { ...officer, variables: { id: referOnward.id, outcome: "again", on: "2026-11-09" } }))).toEqual(["CONFLICT"]);

    const { careCase } = dataOf(
      await platform.query<{ careCase: { civilAffairsReferrals: { status: string; onwardReferrals: Omit<Onward, "id">[] }[] } }>(
        `query($id: ID!) { careCase(id: $id) { civilAffairsReferrals { status onwardReferrals { target targetName targetKind referredOn note outcome outcomeOn } } } }`,
        { ...district, variables: { id: fixture.careCaseId } },
      ),
    );
    expect(careCase.civilAffairsReferrals).toEqual([
      {
        status: "IN_SERVICE",
        onwardReferrals: [
          { target: "taipei.national-immigration-agency", targetName: "移民署", targetKind: "CENTRAL_AGENCY", referredOn: "2026-11-05", note: "居留證件疑義", outcome: "移民署已協助換證", outcomeOn: "2026-11-08" },
        ],
      },
    ]);
  });

  it("should refuse a future date, an unknown target, a kind not the target's and a date before the referral, writing nothing", async () => {
    const before = await dataSnapshot(platform);
    const input = { referralId: fixture.civilAffairsReferralId, target: "taipei.straits-exchange-foundation", targetKind: "NGO", referredOn: "2026-11-06" };
    for (const bad of [{ referredOn: "2026-11-10" }, { target: "taipei.unknown-foundation" }, { targetKind: "CENTRAL_AGENCY" }, { referredOn: "2026-11-01" }]) {
      expect(errorCodes(await platform.query(REFER_ONWARD, { ...officer, variables: { input: { ...input, ...bad } } }))).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let only 民政局's officer refer onward (the district reads, never writes)", async () => {
    const input = { referralId: fixture.civilAffairsReferralId, target: "taipei.straits-exchange-foundation", targetKind: "NGO", referredOn: "2026-11-06" };
    expect(errorCodes(await platform.query(REFER_ONWARD, { ...district, variables: { input } }))).toEqual(["FORBIDDEN"]);
  });

  it("should refuse an onward referral of a closed case (CONFLICT)", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "2026-11-09") { status } }`, { ...officer, variables: { id: fixture.civilAffairsReferralId } }));
    const input = { referralId: fixture.civilAffairsReferralId, target: "taipei.mainland-affairs-council", targetKind: "CENTRAL_AGENCY", referredOn: "2026-11-09" };
    expect(errorCodes(await platform.query(REFER_ONWARD, { ...officer, variables: { input } }))).toEqual(["CONFLICT"]);
  });
});
