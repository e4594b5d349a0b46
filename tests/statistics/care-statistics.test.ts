import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { createReferredCase } from "../support/case-fixture";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #10 (A11, R6, D1): 民政局's analyst reads, through the gateway, the figures each agency
 * computes over its own data; every other role is refused; the period is validated. The case is
 * the test's own, written in a month no demo data reaches (demo registrations end 2026-10).
 */
const REPORT = `query($from: LocalDate!, $to: LocalDate!, $groupBy: [StatisticsDimension!]) {
  careStatistics(from: $from, to: $to, groupBy: $groupBy) {
    id from to groupBy
    casesRecorded { groupedBy total { count suppressed } cells { month area caseType origin count suppressed } }
    consentDecisions { cells { decision count suppressed } }
    handoverTimeliness { cells { area outcome count suppressed } }
    casesReceived { total { count } }
    casesVisited { cells { month area caseType count suppressed } }
    closedAfterTwoMissedVisits { total { count suppressed } }
    acknowledgementTimeliness { cells { outcome count } }
    homeVisitTimeliness { cells { outcome count } }
    visitRecordTimeliness { cells { outcome count } }
  }
}`;

type Cell = { month?: string; area?: string; caseType?: string; origin?: string; decision?: string; outcome?: string; count: number | null; suppressed: boolean };
interface Report {
  careStatistics: {
    id: string;
    groupBy: string[];
    casesRecorded: { groupedBy: string[]; total: Cell; cells: Cell[] };
    consentDecisions: { cells: Cell[] };
    handoverTimeliness: { cells: Cell[] };
    casesReceived: { total: Cell };
    casesVisited: { cells: Cell[] };
    closedAfterTwoMissedVisits: { total: Cell };
    acknowledgementTimeliness: { cells: Cell[] };
    homeVisitTimeliness: { cells: Cell[] };
    visitRecordTimeliness: { cells: Cell[] };
  };
}

const ANALYST = { role: Role.CIVIL_AFFAIRS_ANALYST };
const MARCH = { from: "2027-03-01", to: "2027-03-31" };

describe("民政局's statistics through the gateway (issue #10)", () => {
  let platform: TestPlatform;
  const minCell = process.env.STATISTICS_MIN_CELL;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "statistics" });
    setFakeNow(new Date("2027-03-10T09:00:00+08:00"));
    await createReferredCase(platform, "63000050", "文北里", "statistics-case");
    await platform.runJob("household", STATISTICS_JOB);
    await platform.runJob("district", STATISTICS_JOB);
  });

  afterAll(async () => {
    process.env.STATISTICS_MIN_CELL = minCell;
    if (minCell === undefined) {
      delete process.env.STATISTICS_MIN_CELL;
    }
    setFakeNow(null);
    await platform.stop();
  });

  it("should compose household's and the district's figures for the analyst, each agency over its own data", async () => {
    // One case is below any k of 3: with k = 1 every figure shows (the suppression has its own tests).
    process.env.STATISTICS_MIN_CELL = "1";
    const response = await platform.query<Report>(REPORT, { ...ANALYST, variables: { ...MARCH, groupBy: ["CASE_TYPE", "MONTH", "OFFICE"] } });
    expect(response.errors).toBeUndefined();
    const report = response.data?.careStatistics;
    expect(report?.id).toBe("2027-03-01/2027-03-31/MONTH+OFFICE+CASE_TYPE");
    expect(report?.casesRecorded.groupedBy).toEqual(["MONTH", "OFFICE", "CASE_TYPE"]);
    expect(report?.casesRecorded.cells).toEqual([{ month: "2027-03", area: "63000050", caseType: "MARRIAGE", origin: null, count: 1, suppressed: false }]);
    expect(report?.consentDecisions.cells).toEqual([{ decision: "HOME_VISIT", count: 1, suppressed: false }]);
    expect(report?.handoverTimeliness.cells).toEqual([{ area: "63000050", outcome: "MET_ON_TIME", count: 1, suppressed: false }]);
    expect(report?.casesReceived.total.count).toBe(1);
    // R6: the fixture's visit was met at home: visited, not closed.
    expect(report?.casesVisited.cells).toEqual([{ month: "2027-03", area: "63000050", caseType: "MARRIAGE", count: 1, suppressed: false }]);
    expect(report?.closedAfterTwoMissedVisits.total).toEqual({ count: 0, suppressed: false });
    expect(report?.acknowledgementTimeliness.cells).toEqual([{ outcome: "MET_ON_TIME", count: 1 }]);
    expect(report?.homeVisitTimeliness.cells).toEqual([{ outcome: "MET_ON_TIME", count: 1 }]);
    expect(report?.visitRecordTimeliness.cells).toEqual([{ outcome: "MET_ON_TIME", count: 1 }]);
  });

  it("should suppress the single case at the default k of 3, totals included", async () => {
    delete process.env.STATISTICS_MIN_CELL;
    const response = await platform.query<Report>(REPORT, { ...ANALYST, variables: { ...MARCH, groupBy: ["OFFICE"] } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.careStatistics.casesRecorded.total).toEqual({ count: null, suppressed: true });
    expect(response.data?.careStatistics.casesVisited.cells).toEqual([{ month: null, area: "63000050", caseType: null, count: null, suppressed: true }]);
  });

  it.each(Object.values(Role).filter((role) => role !== Role.CIVIL_AFFAIRS_ANALYST))("should refuse %s (FORBIDDEN)", async (role) => {
    const response = await platform.query<Report>(`query { careStatistics(from: "2027-03-01", to: "2027-03-31") { id casesRecorded { total { count } } } }`, { role });
    expect(errorCodes(response)).toContain("FORBIDDEN");
    expect(response.data?.careStatistics ?? null).toBeNull();
  });

  it.each([
    ["from after to", "2027-04-01", "2027-03-31"],
    ["from not a month's first day", "2027-03-02", "2027-03-31"],
    ["to not a month's last day", "2027-03-01", "2027-03-30"],
    ["a range over ten years", "2015-01-01", "2025-01-31"],
    ["not a date", "2027-02-30", "2027-03-31"],
  ])("should refuse %s as BAD_USER_INPUT", async (_case, from, to) => {
    const response = await platform.query(`query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to) { id } }`, { ...ANALYST, variables: { from, to } });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should rebuild only what changed: a second pass with no new writes touches no month", async () => {
    const window = process.env.STATISTICS_WATERMARK_OVERLAP_SECONDS;
    process.env.STATISTICS_WATERMARK_OVERLAP_SECONDS = "0";
    try {
      expect(await platform.runJob("district", STATISTICS_JOB)).toEqual({ status: "ran", months: [] });
    } finally {
      if (window === undefined) {
        delete process.env.STATISTICS_WATERMARK_OVERLAP_SECONDS;
      } else {
        process.env.STATISTICS_WATERMARK_OVERLAP_SECONDS = window;
      }
    }
  });
});
