import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { setEnv } from "../support/env";
import { dataOf } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #9 with issue #10: a referral received in May 2027 (no demo data reaches it) at 中正區's
 * care point and transferred to the family service centre (A10) is counted in May under the unit
 * serving it now. The referral row's own timestamps do not change with a transfer: the transfer row
 * tells the pass. The watermark overlap is 0, so nothing is recounted merely for being recent.
 */
describe("a transferred referral in 民政局's statistics", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  let restoreEnv: () => void = () => undefined;
  const REPORT = `query { careStatistics(from: "2027-05-01", to: "2027-05-31", groupBy: [UNIT]) { socialReferralsReceived { cells { unit count } } } }`;
  type Report = { careStatistics: { socialReferralsReceived: { cells: { unit: string; count: number }[] } } };

  async function unitsCounted(): Promise<Report["careStatistics"]["socialReferralsReceived"]["cells"]> {
    await platform.runJob("social", STATISTICS_JOB);
    return dataOf(await platform.query<Report>(REPORT, { role: Role.CIVIL_AFFAIRS_ANALYST })).careStatistics.socialReferralsReceived.cells;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "transfer-recount" });
    restoreEnv = setEnv({ STATISTICS_MIN_CELL: "1", STATISTICS_WATERMARK_OVERLAP_SECONDS: "0" });
    setFakeNow(new Date("2027-05-04T10:00:00+08:00"));
    fixture = await createReferredCase(platform, "63000050", "文北里", "transfer-recount-case");
  });

  afterAll(async () => {
    restoreEnv();
    setFakeNow(null);
    await platform.stop();
  });

  it("should move the referral's count from the care point to the family service centre in its month", async () => {
    expect(await unitsCounted()).toEqual([{ unit: "WEST_CARE_POINT", count: 1 }]);
    setFakeNow(new Date("2027-06-02T10:00:00+08:00"));
    dataOf(
      await platform.query(`mutation($id: ID!) { transferSocialReferral(referralId: $id, toUnit: FAMILY_SERVICE_CENTRE, reason: "重大個案", transferredOn: "2027-06-02") { id } }`, {
        role: Role.SOCIAL_WORKER,
        org: "WEST_CARE_POINT",
        variables: { id: fixture.socialReferralId },
      }),
    );
    expect(await unitsCounted()).toEqual([{ unit: "FAMILY_SERVICE_CENTRE", count: 1 }]);
  });
});
