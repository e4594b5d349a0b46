import {
  CareReport,
  REFERRAL_OUTCOME_HEADINGS,
  summarySentence,
  SUPPRESSED_NOTE,
  TABLE_ONE_FIRST_HEADING,
  TABLE_ONE_ROW_HEADING,
  TOTAL_HEADING,
} from "./care-report.model";
import { programmeBFigures, programmeBSheets } from "./programme-b-rows";
import { rocMonth } from "./roc-date";
import { Sheet, valueOf } from "./sheet";

export type { Sheet, SheetValue } from "./sheet";

function anySuppressed(report: CareReport): boolean {
  const figures = [
    ...report.columns.map((column) => column.figure),
    report.visited,
    report.referred,
    ...report.referrals.map((referral) => referral.figure),
    ...report.months.flatMap((row) => [row.recorded, row.visited]),
    ...report.outcomes.flatMap((row) => row.figures),
    ...(report.programmeB === null ? [] : programmeBFigures(report.programmeB)),
  ];
  return figures.some((figure) => figure.suppressed);
}

/**
 * The report as sheets of rows (CSV and XLSX write the same ones): seed 001's table 1, the
 * referral sentence's figures, the monthly series, and each agency's referrals by where they
 * stand, with Chinese headings and ROC dates. The chart (HTML) goes with the third. Issue #12:
 * then programme B's section, when the answer has it (programme-b-rows.ts).
 */
export function reportSheets(report: CareReport): Sheet[] {
  const firstMonth = report.months[0]?.month ?? report.from.slice(0, 7);
  const lastMonth = report.months[report.months.length - 1]?.month ?? report.to.slice(0, 7);
  const sheets: Sheet[] = [
    {
      name: "表1 登錄案件別",
      title: report.title,
      rows: [
        [TABLE_ONE_FIRST_HEADING, ...report.columns.map((column) => column.label)],
        [TABLE_ONE_ROW_HEADING, ...report.columns.map((column) => valueOf(column.figure))],
      ],
    },
    {
      name: "訪視及轉介",
      title: summarySentence(report),
      rows: [
        ["項目", "件數"],
        ["前往關懷訪視（家訪或電訪）", valueOf(report.visited)],
        ...report.referrals.map((referral) => [`轉介${referral.agency}`, valueOf(referral.figure)]),
        [`轉介${TOTAL_HEADING}`, valueOf(report.referred)],
      ],
    },
    {
      name: "每月登錄及訪視",
      title: `每月登錄及前往關懷訪視件數(${rocMonth(firstMonth)}-${rocMonth(lastMonth)})`,
      rows: [["月份", "登錄件數", "前往關懷訪視件數"], ...report.months.map((row) => [row.label, valueOf(row.recorded), valueOf(row.visited)])],
    },
    {
      name: "轉介處理情形",
      title: `各機關受理轉介之處理情形(${report.periodText})`,
      rows: [
        ["受轉介機關", ...REFERRAL_OUTCOME_HEADINGS.map((heading) => heading.label), TOTAL_HEADING],
        ...report.outcomes.map((row, index) => [row.agency, ...row.figures.map(valueOf), valueOf(report.referrals[index].figure)]),
      ],
    },
    ...(report.programmeB === null ? [] : programmeBSheets(report.programmeB, report.periodText)),
  ];
  return anySuppressed(report) ? sheets.map((sheet) => ({ ...sheet, rows: [...sheet.rows, [SUPPRESSED_NOTE]] })) : sheets;
}

