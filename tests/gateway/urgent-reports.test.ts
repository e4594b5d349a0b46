import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { errorCodes, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";
import { tokenFor } from "../support/tokens";

const ZHONGZHENG = "63000050";
const SHILIN = "63000110";
const VILLAGE = "文北里";

const RECORD = `mutation($input: UrgentReportInput!) {
  recordUrgentReport(input: $input) { id kind target targetOther reportedAt reporterName recipientName summary outcome outcomeRecordedAt subject { id } }
}`;
const OUTCOME = `mutation($id: ID!, $outcome: UrgentReportOutcome!, $at: DateTimeISO!) {
  recordUrgentReportOutcome(reportId: $id, outcome: $outcome, recordedAt: $at) { id outcome outcomeRecordedAt }
}`;
const READ = `query($id: ID!) { careCase(id: $id) { id urgentReports { id kind target reportedAt reporterName recipientName summary outcome outcomeRecordedAt } } }`;

interface ReportView {
  id: string | null;
  kind: string | null;
  target: string | null;
  reportedAt: string | null;
  reporterName: string | null;
  recipientName: string | null;
  summary: string | null;
  outcome: string | null;
  outcomeRecordedAt: string | null;
}

/**
 * A13, seed 001: on 105/6/20 (2016-06-20) the district reported 劉女士's domestic violence to the
 * 臺北市家庭暴力防治中心, which opened a case (成案). The report is its own record (A9), idempotent
 * by its client key, personal (violence details) and read-audited.
 */
describe("urgent reports (A9, A13)", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
  const a13 = {
    clientKey: "a13-dv-centre-report",
    kind: "OUTSIDE_BODY_REPORT",
    target: "DOMESTIC_VIOLENCE_CENTRE",
    reportedAt: "2016-06-20T15:30:00+08:00",
    reporterName: "里幹事甲",
    recipientName: "臺北市家庭暴力防治中心值班社工",
    summary: "劉女士表示遭配偶施暴，通報家防中心",
  };
  let reportId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "urgent-reports" });
    // A13: 戶所 registers and hands over on 105/6/13; the district enters the visit on 105/6/21.
    setFakeNow(new Date("2016-06-13T10:00:00+08:00"));
    fixture = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "urgent-reports-case");
    setFakeNow(new Date("2016-06-21T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should record A13's report to the domestic-violence centre, and read it back on the case with its outcome 成案", async () => {
    const recorded = await platform.query<{ recordUrgentReport: ReportView & { subject: { id: string } } }>(RECORD, {
      ...officer,
      variables: { input: { ...a13, careCaseId: fixture.careCaseId } },
    });
    expect(recorded.errors).toBeUndefined();
    const report = recorded.data!.recordUrgentReport;
    reportId = report.id!;
    expect(report).toEqual({
      id: reportId,
      kind: "OUTSIDE_BODY_REPORT",
      target: "DOMESTIC_VIOLENCE_CENTRE",
      targetOther: null,
      reportedAt: "2016-06-20T07:30:00.000Z",
      reporterName: "里幹事甲",
      recipientName: "臺北市家庭暴力防治中心值班社工",
      summary: "劉女士表示遭配偶施暴，通報家防中心",
      outcome: "PENDING",
      outcomeRecordedAt: null,
      subject: { id: fixture.immigrant.id },
    });

    const opened = await platform.query<{ recordUrgentReportOutcome: { outcome: string; outcomeRecordedAt: string } }>(OUTCOME, {
      ...officer,
      variables: { id: reportId, outcome: "CASE_OPENED", at: "2016-06-20T17:00:00+08:00" },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.recordUrgentReportOutcome).toEqual({ id: reportId, outcome: "CASE_OPENED", outcomeRecordedAt: "2016-06-20T09:00:00.000Z" });

    const read = await platform.query<{ careCase: { urgentReports: ReportView[] } }>(READ, { ...officer, variables: { id: fixture.careCaseId } });
    expect(read.errors).toBeUndefined();
    expect(read.data?.careCase.urgentReports.find((each) => each.id === reportId)).toEqual({
      id: reportId,
      kind: "OUTSIDE_BODY_REPORT",
      target: "DOMESTIC_VIOLENCE_CENTRE",
      reportedAt: "2016-06-20T07:30:00.000Z",
      reporterName: "里幹事甲",
      recipientName: "臺北市家庭暴力防治中心值班社工",
      summary: "劉女士表示遭配偶施暴，通報家防中心",
      outcome: "CASE_OPENED",
      outcomeRecordedAt: "2016-06-20T09:00:00.000Z",
    });
  });

  it("should return the same report for a retry with the same clientKey, and write nothing", async () => {
    const before = await dataSnapshot(platform);
    const retry = await platform.query<{ recordUrgentReport: { id: string; outcome: string } }>(RECORD, {
      ...officer,
      variables: { input: { ...a13, careCaseId: fixture.careCaseId } },
    });
    expect(retry.errors).toBeUndefined();
    // The retry still matches after the outcome came in (the district set it, not the sender).
    expect(retry.data?.recordUrgentReport).toMatchObject({ id: reportId, outcome: "CASE_OPENED" });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should answer CONFLICT for a reused clientKey with other content, and write nothing", async () => {
    const before = await dataSnapshot(platform);
    for (const changed of [{ summary: "另一次通報" }, { reportedAt: "2016-06-20T16:30:00+08:00" }, { target: "POLICE" }]) {
      const reused = await platform.query(RECORD, { ...officer, variables: { input: { ...a13, ...changed, careCaseId: fixture.careCaseId } } });
      expect(errorCodes(reused)).toEqual(["CONFLICT"]);
    }
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse a report in the future or before the hand-over, and a second outcome, and write nothing", async () => {
    const before = await dataSnapshot(platform);
    const future = await platform.query(RECORD, {
      ...officer,
      variables: { input: { ...a13, clientKey: "a13-future-report", reportedAt: "2016-06-22T09:00:00+08:00", careCaseId: fixture.careCaseId } },
    });
    expect(errorCodes(future)).toEqual(["BAD_USER_INPUT"]);
    const early = await platform.query(RECORD, {
      ...officer,
      variables: { input: { ...a13, clientKey: "a13-early-report", reportedAt: "2016-06-12T09:00:00+08:00", careCaseId: fixture.careCaseId } },
    });
    expect(errorCodes(early)).toEqual(["BAD_USER_INPUT"]);
    const otherWithoutName = await platform.query(RECORD, {
      ...officer,
      variables: { input: { ...a13, clientKey: "a13-other-report", target: "OTHER", careCaseId: fixture.careCaseId } },
    });
    expect(errorCodes(otherWithoutName)).toEqual(["BAD_USER_INPUT"]);
    const changedAnswer = await platform.query(OUTCOME, { ...officer, variables: { id: reportId, outcome: "NOT_OPENED", at: "2016-06-21T09:00:00+08:00" } });
    expect(errorCodes(changedAnswer)).toEqual(["CONFLICT"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse another district's officer, and write nothing", async () => {
    const before = await dataSnapshot(platform);
    const record = await platform.query(RECORD, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { input: { ...a13, clientKey: "a13-shilin-report", careCaseId: fixture.careCaseId } },
    });
    expect(errorCodes(record)).toEqual(["FORBIDDEN"]);
    const outcome = await platform.query(OUTCOME, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { id: fixture.urgentReport.id, outcome: "NOT_OPENED", at: "2016-06-21T09:00:00+08:00" },
    });
    expect(errorCodes(outcome)).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should give the household clerk no value of the case's urgent reports", async () => {
    const read = await platform.query<{ careCase: { urgentReports: ReportView[] } | null }>(READ, {
      role: Role.HOUSEHOLD_CLERK,
      org: ZHONGZHENG,
      variables: { id: fixture.careCaseId },
    });
    const values = (read.data?.careCase?.urgentReports ?? []).flatMap((report) => Object.values(report).filter((value) => value !== null));
    expect(values).toEqual([]);
    expect(errorCodes(read).length).toBeGreaterThan(0);
    expect(new Set(errorCodes(read))).toEqual(new Set(["FORBIDDEN"]));
    expect(JSON.stringify(read)).not.toContain("施暴");
  });

  it("should give the social worker the summary but not the names, and the nurse neither", async () => {
    const social = await platform.query<{ careCase: { urgentReports: ReportView[] } }>(READ, {
      role: Role.SOCIAL_WORKER,
      org: carePointUnitOf(ZHONGZHENG),
      variables: { id: fixture.careCaseId },
    });
    expect(social.data?.careCase.urgentReports.find((each) => each.id === reportId)).toMatchObject({
      target: "DOMESTIC_VIOLENCE_CENTRE",
      outcome: "CASE_OPENED",
      summary: "劉女士表示遭配偶施暴，通報家防中心",
      reporterName: null,
      recipientName: null,
    });
    const nurse = await platform.query<{ careCase: { urgentReports: ReportView[] } }>(READ, {
      role: Role.HEALTH_NURSE,
      org: ZHONGZHENG,
      variables: { id: fixture.careCaseId },
    });
    expect(nurse.data?.careCase.urgentReports.find((each) => each.id === reportId)).toMatchObject({
      target: "DOMESTIC_VIOLENCE_CENTRE",
      reportedAt: "2016-06-20T07:30:00.000Z",
      outcome: "CASE_OPENED",
      summary: null,
      reporterName: null,
      recipientName: null,
    });
    expect(new Set(errorCodes(nurse))).toEqual(new Set(["FORBIDDEN"]));
  });

  it("should write the read of the summary to the district's audit log, with the person and the purpose", async () => {
    const reader = "urgent-report-reader";
    const read = await platform.query(`query($id: ID!) { careCase(id: $id) { urgentReports { id summary } } }`, {
      token: await tokenFor(Role.DISTRICT_CASE_OFFICER, ZHONGZHENG, reader),
      variables: { id: fixture.careCaseId },
      headers: { "x-purpose": "urgent report review" },
    });
    expect(read.errors).toBeUndefined();
    const audit = await platform.query<{ districtAuditLog: { subject: string; personId: string; entityType: string; entityId: string; fields: string[]; purpose: string }[] }>(
      `query($subject: String) { districtAuditLog(filter: { subject: $subject }) { subject personId entityType entityId fields purpose } }`,
      { role: Role.AUDITOR, variables: { subject: reader } },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data?.districtAuditLog).toContainEqual({
      subject: reader,
      personId: fixture.immigrant.id,
      entityType: "UrgentReport",
      entityId: reportId,
      fields: ["summary"],
      purpose: "urgent report review",
    });
  });

  it("should scope a report reached by key through district's _entities by its case", async () => {
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on UrgentReport { id target summary } } }`;
    const ask = async (org: string) =>
      postGraphQL<{ _entities: ({ id: string | null; target: string | null; summary: string | null } | null)[] }>(platform.subgraphUrl("district"), entities, {
        token: await tokenFor(Role.DISTRICT_CASE_OFFICER, org),
        variables: { r: [{ __typename: "UrgentReport", id: reportId }] },
      });
    const own = await ask(ZHONGZHENG);
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]).toEqual({ id: reportId, target: "DOMESTIC_VIOLENCE_CENTRE", summary: "劉女士表示遭配偶施暴，通報家防中心" });
    const other = await ask(SHILIN);
    expect(other.data?._entities[0]).toEqual({ id: reportId, target: null, summary: null });
    expect(errorCodes(other)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
  });
});
