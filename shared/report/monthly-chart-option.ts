import type { CareReport, Figure } from "./care-report.model";

export const MONTHLY_CHART_TITLE = "每月登錄及前往關懷訪視件數";
export const RECORDED_SERIES = "登錄件數";
export const VISITED_SERIES = "前往關懷訪視件數";

/** A withheld month is a gap in its line, never a zero (issue #10's suppression). */
function pointOf(figure: Figure): number | null {
  return figure.suppressed ? null : figure.count;
}

/**
 * The monthly series' ECharts option, one for both renderings: the report's SVG drawn on the
 * server (monthly-chart.ts) and the analyst's chart in the console (issue #11), so the two never
 * show the same figures differently. Free of echarts itself: the browser imports only this.
 */
export function monthlyChartOption(report: CareReport) {
  return {
    animation: false,
    title: { text: MONTHLY_CHART_TITLE, left: "center", textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: [RECORDED_SERIES, VISITED_SERIES] },
    grid: { left: 48, right: 24, top: 40, bottom: 56 },
    xAxis: { type: "category" as const, data: report.months.map((row) => row.label) },
    yAxis: { type: "value" as const, minInterval: 1 },
    series: [
      { name: RECORDED_SERIES, type: "line" as const, data: report.months.map((row) => pointOf(row.recorded)) },
      { name: VISITED_SERIES, type: "line" as const, data: report.months.map((row) => pointOf(row.visited)) },
    ],
  };
}
