import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { setEnv } from "../support/env";
import { dataOf } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #10's gap: a month's figures are rebuilt when its rows change, and a corrected form keeps
 * its created_at. A form recorded in March 2027 (no demo data reaches it) as a move and corrected in
 * April to a marriage must be counted in March as a marriage, by household (consent decisions) and
 * by the district (cases received). The correction's deadlines fall due in April, so only the
 * corrected rows themselves can tell the pass that March changed. The watermark overlap is 0, so
 * nothing is recounted merely for being recent.
 */
describe("a correction recounted in its month (issue #10)", () => {
  let platform: TestPlatform;
  const office = "63000050";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  let restoreEnv: () => void = () => undefined;
  const REPORT = `query { careStatistics(from: "2027-03-01", to: "2027-03-31", groupBy: [CASE_TYPE]) {
    consentDecisions { cells { caseType decision count } }
    casesReceived { cells { caseType count } }
  } }`;
  type Cells = { cells: { caseType: string; decision?: string; count: number }[] };
  type Report = { careStatistics: { consentDecisions: Cells; casesReceived: Cells } };

  async function rebuild(): Promise<Report["careStatistics"]> {
    await platform.runJob("household", STATISTICS_JOB);
    await platform.runJob("district", STATISTICS_JOB);
    return dataOf(await platform.query<Report>(REPORT, { role: Role.CIVIL_AFFAIRS_ANALYST })).careStatistics;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "correction-recount" });
    restoreEnv = setEnv({ STATISTICS_MIN_CELL: "1", STATISTICS_WATERMARK_OVERLAP_SECONDS: "0" });
  });

  afterAll(async () => {
    restoreEnv();
    setFakeNow(null);
    await platform.stop();
  });

  it("should count a form corrected in a later month under its corrected case type, at household and at the district", async () => {
    setFakeNow(taipei("2027-03-30T10:00:00"));
    const form = await recordForm(platform, new SeededRandom("correction-recount"), office, "2027-03-30", "HOME_VISIT");
    setFakeNow(taipei("2027-03-31T09:00:00"));
    await handOverAndDeliver(platform, office, "2027-03-30");
    const careCaseId = await caseOfForm(platform, office, form.inquiryId);
    const recorded = await rebuild();
    expect(recorded.consentDecisions.cells).toEqual([{ caseType: "MOVE", decision: "HOME_VISIT", count: 1 }]);
    expect(recorded.casesReceived.cells).toEqual([{ caseType: "MOVE", count: 1 }]);

    setFakeNow(taipei("2027-03-31T10:00:00"));
    await returnAndDeliver(platform, office, careCaseId, "案件類別誤填");
    setFakeNow(taipei("2027-04-01T09:00:00"));
    dataOf(
      await platform.query(`mutation($input: CorrectConsentInquiryInput!) { correctConsentInquiry(input: $input) { id } }`, {
        role: Role.HOUSEHOLD_CLERK,
        org: office,
        variables: { input: { consentInquiryId: form.inquiryId, caseType: "MARRIAGE" } },
      }),
    );
    await platform.runJob("household", "outbox-dispatch");

    const corrected = await rebuild();
    expect(corrected.consentDecisions.cells).toEqual([{ caseType: "MARRIAGE", decision: "HOME_VISIT", count: 1 }]);
    expect(corrected.casesReceived.cells).toEqual([{ caseType: "MARRIAGE", count: 1 }]);
  });
});
