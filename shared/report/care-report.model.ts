import { CaseType, ReferralStatus } from "../domain/enums";
import { CareReportAnswer, REFERRAL_TABLES, ReportCell, ReportTable } from "./care-report.query";
import { ProgrammeBReport, programmeBReportOf } from "./programme-b-report";
import { rocLongDate, rocMonth, rocSlashDate } from "./roc-date";

/** A published figure: its count, or withheld (issue #10's small-cell suppression). */
export interface Figure {
  readonly count: number | null;
  readonly suppressed: boolean;
}

export interface MonthRow {
  readonly month: string;
  /** 104/6: the ROC month as the report prints it. */
  readonly label: string;
  readonly recorded: Figure;
  readonly visited: Figure;
}

/** 民政局's report of a period, in seed 001's layout (A12), ready for any format. */
export interface CareReport {
  readonly from: string;
  readonly to: string;
  /** 表 1、新移民關懷訪視系統登錄案件別(104/6/1-107/12/31) */
  readonly title: string;
  readonly periodText: string;
  /** Table 1's columns after 洽公項目, in the seed's order, 合計 last. */
  readonly columns: readonly { readonly label: string; readonly figure: Figure }[];
  readonly visited: Figure;
  readonly referrals: readonly { readonly agency: string; readonly figure: Figure }[];
  /** The referrals' sum; withheld when any part is (a sum would give the part back). */
  readonly referred: Figure;
  /** Each agency's referrals by where they stand (A10, issue #10), in REFERRAL_OUTCOME_HEADINGS' order. */
  readonly outcomes: readonly { readonly agency: string; readonly figures: readonly Figure[] }[];
  readonly months: readonly MonthRow[];
  /** Issue #12: 六歲以下弱勢兒童主動關懷方案's figures; null when the answer did not ask for them. */
  readonly programmeB: ProgrammeBReport | null;
}

/** Seed 001's table 1 headings, in its order. */
export const CASE_TYPE_HEADINGS: readonly { readonly caseType: CaseType; readonly label: string }[] = [
  { caseType: CaseType.BIRTH, label: "出生" },
  { caseType: CaseType.MARRIAGE, label: "結婚" },
  { caseType: CaseType.DIVORCE, label: "離婚" },
  { caseType: CaseType.DEATH, label: "死亡" },
  { caseType: CaseType.MOVE, label: "遷徙" },
  { caseType: CaseType.ADOPTION, label: "收養" },
  { caseType: CaseType.FIRST_REGISTRATION, label: "初設戶籍" },
  { caseType: CaseType.OTHER, label: "其他" },
];

/** The kit's statuses as the report prints them (A10: accepted by a first assessment, closed at a reassessment). */
export const REFERRAL_OUTCOME_HEADINGS: readonly { readonly status: ReferralStatus; readonly label: string }[] = [
  { status: ReferralStatus.RECEIVED, label: "待受理" },
  { status: ReferralStatus.IN_SERVICE, label: "服務中" },
  { status: ReferralStatus.CLOSED, label: "已結案" },
];

export const TABLE_ONE_FIRST_HEADING = "洽公項目";
export const TABLE_ONE_ROW_HEADING = "件數";
export const TOTAL_HEADING = "合計";
export const SUPPRESSED_MARK = "＊";
export const SUPPRESSED_NOTE = "＊：件數過少，為保護個人資料不予公布（含為避免由合計推算而一併不公布者）。";

/** Thrown when the gateway's answer lacks a table (an agency did not answer): no half report. */
export class IncompleteReport extends Error {}

const ZERO: Figure = { count: 0, suppressed: false };

function figureOf(cell: ReportCell | undefined): Figure {
  return cell === undefined ? ZERO : { count: cell.count, suppressed: cell.suppressed };
}

function tableOf(part: Readonly<Record<string, ReportTable | null>> | null, field: string): ReportTable {
  const table = part?.[field];
  if (table === null || table === undefined) {
    throw new IncompleteReport(`The statistics answer has no ${field}`);
  }
  return table;
}

/** Every month the period touches, YYYY-MM, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    months.push(current);
    if (current >= last) {
      return months;
    }
    month = month === 12 ? 1 : month + 1;
    year = month === 1 ? year + 1 : year;
  }
}

function sumOf(figures: readonly Figure[]): Figure {
  if (figures.some((figure) => figure.suppressed || figure.count === null)) {
    return { count: null, suppressed: true };
  }
  return { count: figures.reduce((sum, figure) => sum + (figure.count ?? 0), 0), suppressed: false };
}

/** Turns the gateway's answer into the report; the figures are the agencies' own, after suppression. */
export function careReportOf(from: string, to: string, answer: CareReportAnswer): CareReport {
  const recorded = tableOf(answer.byCaseType, "casesRecorded");
  const byType = new Map((recorded.cells ?? []).map((cell) => [cell.caseType, cell]));
  const referrals = REFERRAL_TABLES.map((table) => ({
    agency: table.agency,
    figure:
      table.unit === undefined
        ? figureOf(tableOf(answer.byCaseType, table.field).total)
        : figureOf((tableOf(answer.byUnit, table.field).cells ?? []).find((cell) => cell.unit === table.unit)),
  }));
  const outcomes = REFERRAL_TABLES.map((table) => {
    const cells = (tableOf(table.unit === undefined ? answer.byCaseType : answer.byUnit, table.outcomes).cells ?? []).filter((cell) => table.unit === undefined || cell.unit === table.unit);
    return { agency: table.agency, figures: REFERRAL_OUTCOME_HEADINGS.map((heading) => figureOf(cells.find((cell) => cell.status === heading.status))) };
  });
  const monthly = (field: string): Map<string | null | undefined, ReportCell> =>
    new Map((tableOf(answer.byMonth, field).cells ?? []).map((cell) => [cell.month, cell]));
  const recordedByMonth = monthly("casesRecorded");
  const visitedByMonth = monthly("casesVisited");
  return {
    from,
    to,
    title: `表 1、新移民關懷訪視系統登錄案件別(${rocSlashDate(from)}-${rocSlashDate(to)})`,
    periodText: `${rocLongDate(from)}至${rocLongDate(to)}`,
    columns: [
      ...CASE_TYPE_HEADINGS.map((heading) => ({ label: heading.label, figure: figureOf(byType.get(heading.caseType)) })),
      { label: TOTAL_HEADING, figure: figureOf(recorded.total) },
    ],
    visited: figureOf(tableOf(answer.byCaseType, "casesVisited").total),
    referrals,
    referred: sumOf(referrals.map((referral) => referral.figure)),
    outcomes,
    months: monthsOf(from, to).map((month) => ({
      month,
      label: rocMonth(month),
      recorded: figureOf(recordedByMonth.get(month)),
      visited: figureOf(visitedByMonth.get(month)),
    })),
    programmeB:
      answer.programmeB === undefined && answer.programmeBByUnit === undefined
        ? null
        : programmeBReportOf((part, field) => tableOf(answer[part] ?? null, field)),
  };
}

/** 17974 → "17,974"; a withheld figure → the mark. */
export function printed(figure: Figure): string {
  return figure.suppressed || figure.count === null ? SUPPRESSED_MARK : figure.count.toLocaleString("en-US");
}

/** Seed 001's sentence with the period's figures (A12). */
export function summarySentence(report: CareReport): string {
  const parts = report.referrals.map((referral) => `${referral.agency} ${printed(referral.figure)} 件`).join("、");
  const total = report.columns[report.columns.length - 1].figure;
  return (
    `${report.periodText}，共登錄 ${printed(total)} 件，前往關懷訪視者 ${printed(report.visited)} 件（家訪或電訪）；` +
    `需轉介機關協助者共 ${printed(report.referred)} 件，含${parts}。`
  );
}
