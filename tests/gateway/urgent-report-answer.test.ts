import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const SHILIN = "63000110";
const VILLAGE = "文北里";
/** 中正區 is served by the west care point (A10); 士林區 by the north one. */
const WEST_CARE_POINT = "WEST_CARE_POINT";
const NORTH_CARE_POINT = "NORTH_CARE_POINT";

const RECORD = `mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $outcome: UrgentReportOutcome!, $at: DateTimeISO!) {
  recordUrgentReportOutcome(reportId: $id, outcome: $outcome, recordedAt: $at) { id target outcome outcomeRecordedAt }
}`;
const READ = `query($id: ID!) { careCase(id: $id) { urgentReports { id target outcome outcomeRecordedAt } } }`;

/**
 * Issue #11 (A9, A13): an urgent phone report to 社會局 or 衛生局 is answered by that bureau — its
 * social worker or public-health nurse, for a case referred to their own unit — and by nobody
 * else; an outside body's answer is still the district's to record.
 */
describe("the receiving agency records an urgent report's answer (A9, A13, issue #11)", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
  const socialWorker = { role: Role.SOCIAL_WORKER, org: WEST_CARE_POINT };
  const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
  let toSocial: string;
  let toHealth: string;

  async function report(target: string, clientKey: string): Promise<string> {
    const recorded = await platform.query<{ recordUrgentReport: { id: string } }>(RECORD, {
      ...officer,
      variables: {
        input: { clientKey, careCaseId: fixture.careCaseId, kind: "URGENT_PHONE_REPORT", target, reportedAt: "2016-06-20T15:30:00+08:00", reporterName: "里幹事甲" },
      },
    });
    expect(recorded.errors).toBeUndefined();
    return recorded.data?.recordUrgentReport.id ?? "";
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "urgent-report-answer" });
    setFakeNow(new Date("2016-06-13T10:00:00+08:00"));
    fixture = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "urgent-report-answer-case");
    setFakeNow(new Date("2016-06-21T10:00:00+08:00"));
    toSocial = await report("SOCIAL_BUREAU", "answer-to-social");
    toHealth = await report("HEALTH_BUREAU", "answer-to-health");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should refuse another agency, another unit and the district on a bureau's report, and write nothing", async () => {
    const before = await dataSnapshot(platform);
    const at = "2016-06-20T17:00:00+08:00";
    const refused = [
      // Another agency: the nurse sees the social report's case but is not its addressee, and the reverse.
      { caller: nurse, id: toSocial },
      { caller: socialWorker, id: toHealth },
      // Another unit: the north care point and 士林's health centre hold no referral of this case.
      { caller: { role: Role.SOCIAL_WORKER, org: NORTH_CARE_POINT }, id: toSocial },
      { caller: { role: Role.HEALTH_NURSE, org: SHILIN }, id: toHealth },
      // The district does not answer for a bureau inside the system.
      { caller: officer, id: toSocial },
      { caller: { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE] }, id: toHealth },
      // An outside body's answer (the fixture's report to the 家防中心) is the district's, not social's.
      { caller: socialWorker, id: fixture.urgentReport.id },
    ];
    for (const { caller, id } of refused) {
      const answer = await platform.query(ANSWER, { ...caller, variables: { id, outcome: "CASE_OPENED", at } });
      expect({ caller, id, codes: errorCodes(answer) }).toEqual({ caller, id, codes: ["FORBIDDEN"] });
    }
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let the social worker of the case's unit record 成案 with the answer's time, read back on the case", async () => {
    const answer = await platform.query<{ recordUrgentReportOutcome: unknown }>(ANSWER, {
      ...socialWorker,
      variables: { id: toSocial, outcome: "CASE_OPENED", at: "2016-06-20T17:00:00+08:00" },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordUrgentReportOutcome).toEqual({ id: toSocial, target: "SOCIAL_BUREAU", outcome: "CASE_OPENED", outcomeRecordedAt: "2016-06-20T09:00:00.000Z" });
    const read = await platform.query<{ careCase: { urgentReports: unknown[] } }>(READ, { ...officer, variables: { id: fixture.careCaseId } });
    expect(read.data?.careCase.urgentReports).toContainEqual({ id: toSocial, target: "SOCIAL_BUREAU", outcome: "CASE_OPENED", outcomeRecordedAt: "2016-06-20T09:00:00.000Z" });
  });

  it("should let the nurse of the case's health centre record 不成案, once", async () => {
    const answer = await platform.query<{ recordUrgentReportOutcome: unknown }>(ANSWER, {
      ...nurse,
      variables: { id: toHealth, outcome: "NOT_OPENED", at: "2016-06-21T09:30:00+08:00" },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordUrgentReportOutcome).toEqual({ id: toHealth, target: "HEALTH_BUREAU", outcome: "NOT_OPENED", outcomeRecordedAt: "2016-06-21T01:30:00.000Z" });
    const before = await dataSnapshot(platform);
    // A13: the answer is final; the same answer again is a retry that changes nothing.
    const changed = await platform.query(ANSWER, { ...nurse, variables: { id: toHealth, outcome: "CASE_OPENED", at: "2016-06-21T09:30:00+08:00" } });
    expect(errorCodes(changed)).toEqual(["CONFLICT"]);
    const retried = await platform.query(ANSWER, { ...nurse, variables: { id: toHealth, outcome: "NOT_OPENED", at: "2016-06-21T09:30:00+08:00" } });
    expect(retried.errors).toBeUndefined();
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse an answer before the report or in the future, as BAD_USER_INPUT at recordedAt", async () => {
    const pending = await report("SOCIAL_BUREAU", "answer-to-social-second");
    const before = await dataSnapshot(platform);
    for (const at of ["2016-06-20T15:00:00+08:00", "2016-06-22T09:00:00+08:00"]) {
      const answer = await platform.query(ANSWER, { ...socialWorker, variables: { id: pending, outcome: "NOT_OPENED", at } });
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await dataSnapshot(platform)).toEqual(before);
  });
});
