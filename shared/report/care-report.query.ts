/**
 * Issue #10: the one gateway query behind 民政局's report (CLI and download alike): seed 001's
 * table 1 (cases recorded by case type), the visited and referred figures of its text, and the
 * monthly series. Two breakdowns of one period, as two aliases of careStatistics.
 */

/** A12's referral sentence, in the seed's order: each receiving agency's table on CareStatistics. */
export const REFERRAL_TABLES = [
  { field: "socialReferralsReceived", agency: "社會局" },
  { field: "healthReferralsReceived", agency: "衛生局" },
] as const;

const FIGURE = "{ count suppressed }";

export const CARE_REPORT_QUERY = `query CareReport($from: LocalDate!, $to: LocalDate!) {
  byCaseType: careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
    casesRecorded { cells { caseType count suppressed } total ${FIGURE} }
    casesVisited { total ${FIGURE} }
    ${REFERRAL_TABLES.map((table) => `${table.field} { total ${FIGURE} }`).join("\n    ")}
  }
  byMonth: careStatistics(from: $from, to: $to, groupBy: [MONTH]) {
    casesRecorded { cells { month count suppressed } }
    casesVisited { cells { month count suppressed } }
  }
}`;

export interface ReportCell {
  readonly caseType?: string | null;
  readonly month?: string | null;
  readonly count: number | null;
  readonly suppressed: boolean;
}

export interface ReportTable {
  readonly cells?: readonly ReportCell[];
  readonly total?: ReportCell;
}

/** The answer's shape; a table is null where its agency did not answer (the report then fails). */
export interface CareReportAnswer {
  readonly byCaseType: Readonly<Record<string, ReportTable | null>> | null;
  readonly byMonth: Readonly<Record<string, ReportTable | null>> | null;
}
