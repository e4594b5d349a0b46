import { CareReport } from "./care-report.model";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderXlsx } from "./render-xlsx";

export const REPORT_FORMATS = ["csv", "xlsx", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
};

export function renderReport(report: CareReport, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case "csv":
      return Promise.resolve(renderCsv(report));
    case "xlsx":
      return renderXlsx(report);
    case "html":
      return Promise.resolve(renderHtml(report));
  }
}

/** care-statistics-2015-06-01-2018-12-31.xlsx */
export function reportFileName(from: string, to: string, format: ReportFormat): string {
  return `care-statistics-${from}-${to}.${format}`;
}
