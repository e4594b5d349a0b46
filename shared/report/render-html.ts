import { CareReport } from "./care-report.model";
import { monthlyChartSvg } from "./monthly-chart";
import { reportSheets, SheetValue } from "./report-rows";

function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cell(value: SheetValue, heading: boolean): string {
  const text = typeof value === "number" ? value.toLocaleString("en-US") : escaped(value);
  return heading ? `<th>${text}</th>` : `<td>${text}</td>`;
}

/** A self-contained page (no script, no outside resource): the tables, and the monthly chart before its table. */
export function renderHtml(report: CareReport): Buffer {
  const sections = reportSheets(report).map((sheet, index) => {
    const rows = sheet.rows.map((row, rowIndex) => `<tr>${row.map((value, column) => cell(value, rowIndex === 0 || column === 0)).join("")}</tr>`).join("\n");
    const chart = index === 2 ? `<figure>${monthlyChartSvg(report)}</figure>\n` : "";
    return `<section>\n<h2>${escaped(sheet.title)}</h2>\n${chart}<table>\n${rows}\n</table>\n</section>`;
  });
  const page = `<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>${escaped(report.title)}</title>
<style>
body { font-family: "Noto Sans TC", "Microsoft JhengHei", sans-serif; margin: 2rem; }
table { border-collapse: collapse; margin-bottom: 1rem; }
th, td { border: 1px solid #888; padding: 0.25rem 0.75rem; text-align: center; }
</style>
</head>
<body>
<h1>新移民關懷訪視服務統計（${escaped(report.periodText)}）</h1>
${sections.join("\n")}
</body>
</html>
`;
  return Buffer.from(page, "utf8");
}
