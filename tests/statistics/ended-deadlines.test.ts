import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { DEADLINE_PASS_JOB } from "../../shared/deadlines/pass";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { setEnv } from "../support/env";
import { dataOf } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #9 (B12): a step whose case ended first (NO_LONGER_DUE) is neither on time nor late, so the
 * timeliness tables leave it out. Two forms recorded Tue 2027-03-30 (no demo data reaches that
 * month), handed over together the next morning, their visits due by the end of Tue 4/6; one is
 * returned and withdrawn the same morning, the other left alone. After the visit's due time and a
 * pass, April's HOME_VISIT timeliness counts the breach of the one left alone, and nothing else.
 */
describe("the timeliness of steps whose case ended first", () => {
  let platform: TestPlatform;
  const office = "63000050";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  let restoreEnv: () => void = () => undefined;
  const REPORT = `query { careStatistics(from: "2027-04-01", to: "2027-04-30", groupBy: []) { homeVisitTimeliness { cells { outcome count } } } }`;
  type Report = { careStatistics: { homeVisitTimeliness: { cells: { outcome: string; count: number }[] } } };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "ended-deadlines" });
    restoreEnv = setEnv({ STATISTICS_MIN_CELL: "1", STATISTICS_WATERMARK_OVERLAP_SECONDS: "0" });
  });

  afterAll(async () => {
    restoreEnv();
    setFakeNow(null);
    await platform.stop();
  });

  it("should count the breach of the case left alone and leave the withdrawn case's visit out", async () => {
    const rng = new SeededRandom("ended-deadlines");
    setFakeNow(taipei("2027-03-30T10:00:00"));
    const withdrawn = await recordForm(platform, rng, office, "2027-03-30", "HOME_VISIT");
    await recordForm(platform, rng, office, "2027-03-30", "HOME_VISIT");
    setFakeNow(taipei("2027-03-31T09:00:00"));
    await handOverAndDeliver(platform, office, "2027-03-30");
    const careCaseId = await caseOfForm(platform, office, withdrawn.inquiryId);
    setFakeNow(taipei("2027-03-31T10:00:00"));
    await returnAndDeliver(platform, office, careCaseId, "重複登錄");
    setFakeNow(taipei("2027-03-31T11:00:00"));
    dataOf(
      await platform.query(`mutation($id: ID!) { withdrawConsentInquiry(consentInquiryId: $id, reason: "重複登錄，不需訪視") { id } }`, {
        role: Role.HOUSEHOLD_CLERK,
        org: office,
        variables: { id: withdrawn.inquiryId },
      }),
    );
    await platform.runJob("household", "outbox-dispatch");

    setFakeNow(taipei("2027-04-12T10:00:00"));
    await platform.runJob("district", DEADLINE_PASS_JOB);
    await platform.runJob("district", STATISTICS_JOB);
    const report = dataOf(await platform.query<Report>(REPORT, { role: Role.CIVIL_AFFAIRS_ANALYST })).careStatistics;
    expect(report.homeVisitTimeliness.cells).toEqual([{ outcome: "BREACHED", count: 1 }]);
  });
});
