import { stringify } from "csv-stringify/sync";
import { CareReport } from "./care-report.model";
import { reportSheets } from "./report-rows";

/** Excel opens UTF-8 CSV as Chinese only when it starts with a byte-order mark. */
const BOM = "\uFEFF";

/** The report as one CSV: each sheet's title, its rows, and a blank line between sheets (CRLF, as Excel writes). */
export function renderCsv(report: CareReport): Buffer {
  const lines = reportSheets(report).flatMap((sheet, index) => [...(index > 0 ? [[]] : []), [sheet.title], ...sheet.rows.map((row) => [...row])]);
  return Buffer.from(BOM + stringify(lines, { record_delimiter: "windows" }), "utf8");
}
