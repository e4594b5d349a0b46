import { PROGRAMME_B_REPORT_FIELDS } from "./programme-b-query";

/**
 * Issue #10: the one gateway query behind 民政局's report (CLI and download alike): seed 001's
 * table 1 (cases recorded by case type), the visited and referred figures of its text, and the
 * monthly series. Two breakdowns of one period, as two aliases of careStatistics. Issue #12: and
 * programme B's figures (programme-b-query.ts).
 */

/**
 * A12's referral sentence, in the seed's order: each receiving agency's table on CareStatistics —
 * its total, or, for the partner agencies 民政局's subgraph receives for (issue #9), the cell of its
 * UNIT (the agency's directory code) in `partnerReferralsReceived`; and the same agency's outcome
 * table (by STATUS, issue #10: "with their outcome").
 */
export const REFERRAL_TABLES: readonly { readonly agency: string; readonly field: string; readonly outcomes: string; readonly unit?: string }[] = [
  { agency: "社會局", field: "socialReferralsReceived", outcomes: "socialReferralOutcomes" },
  { agency: "衛生局", field: "healthReferralsReceived", outcomes: "healthReferralOutcomes" },
  { agency: "勞動局", field: "partnerReferralsReceived", outcomes: "partnerReferralOutcomes", unit: "taipei.labour-bureau" },
  { agency: "教育局", field: "partnerReferralsReceived", outcomes: "partnerReferralOutcomes", unit: "taipei.education-bureau" },
  { agency: "民政局", field: "civilAffairsReferralsReceived", outcomes: "civilAffairsReferralOutcomes" },
];

const TOTALS = [...new Set(REFERRAL_TABLES.filter((table) => table.unit === undefined).map((table) => table.field))];
const BY_UNIT = [...new Set(REFERRAL_TABLES.filter((table) => table.unit !== undefined).map((table) => table.field))];
const OUTCOMES = [...new Set(REFERRAL_TABLES.filter((table) => table.unit === undefined).map((table) => table.outcomes))];
const OUTCOMES_BY_UNIT = [...new Set(REFERRAL_TABLES.filter((table) => table.unit !== undefined).map((table) => table.outcomes))];

const FIGURE = "{ count suppressed }";

export const CARE_REPORT_QUERY = `query CareReport($from: LocalDate!, $to: LocalDate!) {
  byCaseType: careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
    casesRecorded { cells { caseType count suppressed } total ${FIGURE} }
    casesVisited { total ${FIGURE} }
    ${TOTALS.map((field) => `${field} { total ${FIGURE} }`).join("\n    ")}
    ${OUTCOMES.map((field) => `${field} { cells { status count suppressed } }`).join("\n    ")}
  }
  byUnit: careStatistics(from: $from, to: $to, groupBy: [UNIT]) {
    ${BY_UNIT.map((field) => `${field} { cells { unit count suppressed } }`).join("\n    ")}
    ${OUTCOMES_BY_UNIT.map((field) => `${field} { cells { unit status count suppressed } }`).join("\n    ")}
  }
  byMonth: careStatistics(from: $from, to: $to, groupBy: [MONTH]) {
    casesRecorded { cells { month count suppressed } }
    casesVisited { cells { month count suppressed } }
  }${PROGRAMME_B_REPORT_FIELDS}
}`;

export interface ReportCell {
  readonly caseType?: string | null;
  readonly month?: string | null;
  readonly unit?: string | null;
  readonly status?: string | null;
  readonly outcome?: string | null;
  readonly category?: string | null;
  readonly exclusionReason?: string | null;
  readonly caseState?: string | null;
  readonly referralCondition?: string | null;
  readonly count: number | null;
  readonly suppressed: boolean;
}

export interface ReportTable {
  readonly cells?: readonly ReportCell[];
  readonly totals?: readonly ReportCell[];
  readonly total?: ReportCell;
}

/** The answer's shape; a table is null where its agency did not answer (the report then fails). */
export interface CareReportAnswer {
  readonly byCaseType: Readonly<Record<string, ReportTable | null>> | null;
  readonly byMonth: Readonly<Record<string, ReportTable | null>> | null;
  readonly byUnit: Readonly<Record<string, ReportTable | null>> | null;
  /** Issue #12: programme B's parts; absent from an answer that did not ask for them (the console's own query). */
  readonly programmeB?: Readonly<Record<string, ReportTable | null>> | null;
  readonly programmeBByUnit?: Readonly<Record<string, ReportTable | null>> | null;
}
