import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { createReferredCase } from "../support/case-fixture";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { PROGRAMME_B_EXPECTED, west, writeProgrammeBWork } from "../support/programme-b-statistics";
import { aggregateStatistics } from "../support/statistics-work";

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

type Cell = {
  month?: string; area?: string; caseType?: string; origin?: string; decision?: string; outcome?: string; unit?: string;
  category?: string; exclusionReason?: string; caseState?: string; referralCondition?: string; count: number | null; suppressed: boolean;
};
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
const B_CELLS = "cells { month area unit outcome category exclusionReason caseState referralCondition count suppressed } totals { count suppressed } total { count suppressed }";
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

  /**
   * Issue #12 (B1, B4, B9, B12): programme B's figures, each agency's over its own rows (social,
   * police, health), against the counts the fixture wrote by hand (tests/support/programme-b-statistics.ts).
   */
  describe("programme B's figures (issue #12)", () => {
    const PERIOD = { from: "2027-05-01", to: "2027-12-31" };
    const B_TABLES = `childCareChildren { ${B_CELLS} } childCareExclusions { ${B_CELLS} } childCareCases { ${B_CELLS} }
      socialVisitTimeliness { ${B_CELLS} } visitReportTimeliness { ${B_CELLS} } policeVisitTimeliness { ${B_CELLS} } investigationReplyTimeliness { ${B_CELLS} }
      followUpReplyTimeliness { ${B_CELLS} } vaccinationCatchUpTimeliness { ${B_CELLS} } vaccinationReferrals { ${B_CELLS} }`;
    type Tables = Record<string, { cells: Cell[]; totals: Cell[]; total: Cell }>;
    const report = async (groupBy: string[]): Promise<Tables> => {
      const response = await platform.query<{ careStatistics: Tables }>(
        `query($from: LocalDate!, $to: LocalDate!, $groupBy: [StatisticsDimension!]) { careStatistics(from: $from, to: $to, groupBy: $groupBy) { ${B_TABLES} } }`,
        { ...ANALYST, variables: { ...PERIOD, groupBy } },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.careStatistics ?? {};
    };
    /** The published cells as `key → count`, the key the cell's coordinates that `keyOf` names. */
    const counts = (table: { cells: Cell[] }, keyOf: (cell: Cell) => string): Record<string, number | null> => Object.fromEntries(table.cells.map((cell) => [keyOf(cell), cell.count]));

    let cases = { case1: "", case2: "" };

    beforeAll(async () => {
      cases = await writeProgrammeBWork(platform);
      await aggregateStatistics(platform);
    });

    it("should count children per category, exclusions per reason and cases by state (social, D1)", async () => {
      process.env.STATISTICS_MIN_CELL = "1";
      const byCategory = await report(["CATEGORY", "EXCLUSION_REASON", "CASE_STATE"]);
      expect(counts(byCategory.childCareChildren, (cell) => `${cell.category}`)).toEqual(PROGRAMME_B_EXPECTED.childrenByCategory);
      expect(counts(byCategory.childCareExclusions, (cell) => `${cell.exclusionReason}`)).toEqual(PROGRAMME_B_EXPECTED.exclusionsByReason);
      expect(counts(byCategory.childCareCases, (cell) => `${cell.caseState}`)).toEqual(PROGRAMME_B_EXPECTED.casesByState);
      const byUnit = await report(["UNIT", "CATEGORY"]);
      expect(counts(byUnit.childCareChildren, (cell) => `${cell.unit}/${cell.category}`)).toEqual(PROGRAMME_B_EXPECTED.childrenByUnitCategory);
    });

    it("should give every B deadline's outcomes per unit: social's care points, the police's precincts, health's centres (B12)", async () => {
      process.env.STATISTICS_MIN_CELL = "1";
      const byUnit = await report(["UNIT"]);
      const unitOutcome = (cell: Cell): string => `${cell.unit}/${cell.outcome}`;
      expect(counts(byUnit.socialVisitTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.socialVisitByUnit);
      expect(counts(byUnit.visitReportTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.visitReportByUnit);
      expect(counts(byUnit.policeVisitTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.policeVisitByUnit);
      expect(counts(byUnit.investigationReplyTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.investigationReplyByUnit);
      expect(counts(byUnit.followUpReplyTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.followUpReplyByUnit);
      expect(counts(byUnit.vaccinationCatchUpTimeliness, unitOutcome)).toEqual(PROGRAMME_B_EXPECTED.catchUpByUnit);
      expect(counts(byUnit.vaccinationReferrals, (cell) => `${cell.unit}/${cell.referralCondition}`)).toEqual(PROGRAMME_B_EXPECTED.referralsByUnitCondition);
      const byCondition = await report(["REFERRAL_CONDITION"]);
      expect(counts(byCondition.vaccinationReferrals, (cell) => `${cell.referralCondition}`)).toEqual(PROGRAMME_B_EXPECTED.referralsByCondition);
      // The district's follow-up reply (B2, B9), by the household district whose office follows up.
      const byDistrict = await report(["DISTRICT"]);
      expect(counts(byDistrict.followUpReplyTimeliness, (cell) => `${cell.area}/${cell.outcome}`)).toEqual(PROGRAMME_B_EXPECTED.followUpReplyByDistrict);
    });

    it("should suppress every small programme B cell at k = 3, so that no total gives one back", async () => {
      delete process.env.STATISTICS_MIN_CELL;
      const tables = Object.entries(await report(["UNIT", "CATEGORY", "EXCLUSION_REASON", "CASE_STATE", "REFERRAL_CONDITION"]));
      expect(tables).toHaveLength(10);
      for (const [name, table] of tables) {
        for (const cell of [...table.cells, ...table.totals, table.total]) {
          // Every published count is at least k (zero only where nothing was counted); a withheld one has no count.
          expect({ name, published: cell.suppressed ? cell.count === null : cell.count === 0 || (cell.count ?? 0) >= 3 }).toEqual({ name, published: true });
        }
        // The attack: a published total minus its published cells is a suppressed cell's value only when exactly one of them is hidden.
        if (!table.total.suppressed) {
          expect({ name, hidden: table.cells.filter((cell) => cell.suppressed).length === 1 }).toEqual({ name, hidden: false });
        }
      }
      // 3 children born ex officio and 1 teen parent's: the 1 is hidden, and the 3 with it (the total of 4 would give it back).
      const children = (await report(["CATEGORY"])).childCareChildren;
      expect(children.total).toEqual(expect.objectContaining({ count: 4, suppressed: false }));
      expect(children.cells.map((cell) => [cell.category, cell.count, cell.suppressed])).toEqual([
        ["EX_OFFICIO_BIRTH", null, true],
        ["TEEN_PARENT", null, true],
      ]);
    });

    it.each(Object.values(Role).filter((role) => role !== Role.CIVIL_AFFAIRS_ANALYST))("should refuse programme B's figures to %s (FORBIDDEN)", async (role) => {
      const response = await platform.query(`query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to) { ${B_TABLES} } }`, { role, variables: PERIOD });
      expect(errorCodes(response)).toContain("FORBIDDEN");
    });

    it("should recount a month when a case moves on or a merge is undone after the pass (the rows' updated_at)", async () => {
      process.env.STATISTICS_MIN_CELL = "1";
      // c2 is sent for review (B9); c1's teen-parent notice leaves its case for one of its own (an open case).
      dataOf(await platform.query(`mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { id } }`, { ...west, variables: { id: cases.case2 } }));
      const { childCareCase } = dataOf(await platform.query<{ childCareCase: { merges: { id: string }[] } }>(`query($id: ID!) { childCareCase(id: $id) { merges { id } } }`, { ...west, variables: { id: cases.case1 } }));
      dataOf(await platform.query(`mutation($id: ID!) { undoChildCareMerge(mergeId: $id) { id } }`, { ...west, variables: { id: childCareCase.merges[0].id } }));
      await platform.runJob("social", STATISTICS_JOB);
      const after = await report(["CATEGORY", "CASE_STATE"]);
      expect(counts(after.childCareCases, (cell) => `${cell.caseState}`)).toEqual({ CLOSED: 1, IN_REVIEW: 1, OPEN: 2 });
      // The same children in the same categories: the teen parent's child is now counted through its own case.
      expect(counts(after.childCareChildren, (cell) => `${cell.category}`)).toEqual(PROGRAMME_B_EXPECTED.childrenByCategory);
    });
  });
});
