import ExcelJS from "exceljs";
import { CareReport } from "./care-report.model";
import { reportSheets } from "./report-rows";

/** The report as a workbook: one worksheet per table, its title in the first row, headings bold. */
export async function renderXlsx(report: CareReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "臺北市政府民政局 新移民關懷訪視系統";
  for (const sheet of reportSheets(report)) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow([sheet.title]).font = { bold: true };
    sheet.rows.forEach((row, index) => {
      const added = worksheet.addRow([...row]);
      if (index === 0) {
        added.font = { bold: true };
      }
    });
    worksheet.columns.forEach((column) => {
      column.width = 14;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
