import { CareReport } from "./care-report.model";
import { renderCsv } from "./render-csv";

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

/**
 * The XLSX and HTML renderers are loaded on the first download of their format: exceljs and echarts
 * are most of the gateway's start-up imports (~0.7 s of CPU, measured with `require`), and a gateway
 * replica, `npm start` or a test platform that never renders a report should not pay for them.
 */
export async function renderReport(report: CareReport, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case "csv":
      return renderCsv(report);
    case "xlsx":
      return (await import("./render-xlsx")).renderXlsx(report);
    case "html":
      return (await import("./render-html")).renderHtml(report);
  }
}

/** care-statistics-2015-06-01-2018-12-31.xlsx */
export function reportFileName(from: string, to: string, format: ReportFormat): string {
  return `care-statistics-${from}-${to}.${format}`;
}
