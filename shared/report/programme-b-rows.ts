import { Figure, SUPPRESSED_MARK, TOTAL_HEADING } from "./care-report.model";
import { LabelledFigure, OUTCOME_HEADINGS, ProgrammeBReport, StepRow } from "./programme-b-report";
import { Sheet, valueOf } from "./sheet";

const TITLE = "六歲以下弱勢兒童主動關懷方案";

/** B12: MET_ON_TIME / all of a step at a unit, one decimal; withheld when either is, — when there is none. */
export function onTimeRate(row: StepRow): string {
  const onTime = row.figures[0];
  if (onTime.suppressed || row.total.suppressed || onTime.count === null || row.total.count === null) {
    return SUPPRESSED_MARK;
  }
  return row.total.count === 0 ? "—" : `${((onTime.count / row.total.count) * 100).toFixed(1)}%`;
}

function countSheet(name: string, title: string, heading: string, figures: readonly LabelledFigure[], total: Figure): Sheet {
  return { name, title, rows: [[heading, "件數"], ...figures.map((row) => [row.label, valueOf(row.figure)]), [TOTAL_HEADING, valueOf(total)]] };
}

/** Every figure of the section, for the report's note on suppressed figures. */
export function programmeBFigures(report: ProgrammeBReport): Figure[] {
  return [
    ...[report.categories, report.exclusions, report.caseStates, report.referralConditions].flatMap((rows) => rows.map((row) => row.figure)),
    ...Object.values(report.totals),
    ...report.steps.flatMap((row) => [...row.figures, row.total]),
  ];
}

/**
 * Issue #12: programme B's section of the report, with Chinese headings: children per category
 * (B1; a child in two categories counts in both, so the total is of categories), the exclusions
 * per reason, the child-care cases by state, health's referrals per condition (B4), and the
 * on-time rate of every B step per unit (B12).
 */
export function programmeBSheets(report: ProgrammeBReport, periodText: string): Sheet[] {
  return [
    countSheet("主動關懷類別", `${TITLE}：各類別兒童數（${periodText}；一名兒童符合二類別者各計一次）`, "類別", report.categories, report.totals.categories),
    countSheet("排除原因", `${TITLE}：通知社政單位前排除之件數（${periodText}）`, "排除原因", report.exclusions, report.totals.exclusions),
    countSheet("個案狀態", `${TITLE}：社政單位關懷個案之處理狀態（${periodText}）`, "個案狀態", report.caseStates, report.totals.caseStates),
    countSheet("催種轉介條件", `${TITLE}：衛生單位轉介社政單位之條件（${periodText}）`, "轉介條件", report.referralConditions, report.totals.referralConditions),
    {
      name: "各單位期限達成",
      title: `${TITLE}：各單位期限達成情形（${periodText}，依到期月份）`,
      rows: [
        ["期限", "單位", ...OUTCOME_HEADINGS.map((heading) => heading.label), TOTAL_HEADING, "如期率"],
        ...report.steps.map((row) => [row.step, row.unit, ...row.figures.map(valueOf), valueOf(row.total), onTimeRate(row)]),
      ],
    },
  ];
}
